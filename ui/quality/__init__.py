"""The Data quality screen."""
