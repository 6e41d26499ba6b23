"""Call-center analytics: KPIs, RFM, ABC, churn, forecast and Erlang C staffing (no Qt)."""
