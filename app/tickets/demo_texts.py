"""Words for the demo tickets and the demo knowledge base (by default category name)."""

from __future__ import annotations

SUBJECTS = {
    "Delivery": ["Parcel not delivered", "Delivered to the wrong address", "Courier did not call",
                 "Box arrived damaged", "ارسال سفارش دیر شده"],
    "Billing": ["Charged twice", "Invoice amount is wrong", "Refund not received", "Cannot pay online",
                "فاکتور اشتباه است"],
    "Product fault": ["Purifier leaks", "Filter light stays on", "Pump is noisy", "Device does not start",
                      "دستگاه روشن نمی‌شود"],
    "Installation": ["Installation appointment", "Needs a technician visit", "Pipe connection leaks",
                     "نصب دستگاه"],
    "Account": ["Change of address", "Cannot log in to the portal", "Update phone number", "تغییر شماره تماس"],
    "Other": ["Question about warranty", "Request a catalogue", "Feedback about an agent", "سوال درباره گارانتی"],
}  # fmt: skip

INFORM_MESSAGES = {
    "resolved": "Your request has been resolved. Thank you for your patience.",
}

ARTICLES = [
    ("Delivery", "Tracking a parcel", "Ask for the order number, open the courier's page and read the last scan."),
    ("Delivery", "Wrong address", "Confirm the new address, note it on the ticket, and ask the courier to return."),
    ("Delivery", "Damaged box", "Ask for a photo; a damaged box is replaced free within 7 days of delivery."),
    ("Delivery", "Delivery times", "Tehran: 1-2 working days. Other provinces: 3-5 working days."),
    ("Delivery", "پیگیری مرسوله", "شماره سفارش را بپرسید و آخرین وضعیت را در سامانه پست ببینید."),
    ("Billing", "Double charge", "Check the bank reference numbers; a duplicate is refunded within 72 hours."),
    ("Billing", "Refund times", "Refunds reach the card in 3-7 working days after approval."),
    ("Billing", "Invoice corrections", "Finance issues a corrected invoice; escalate to the Finance department."),
    ("Billing", "Paying online", "If the gateway fails, give the card-to-card number and ask for the receipt."),
    ("Billing", "بازگشت وجه", "وجه ظرف ۳ تا ۷ روز کاری پس از تایید به کارت برمی‌گردد."),
    ("Product fault", "Purifier leaks", "Ask the customer to close the inlet valve; book a technician visit."),
    ("Product fault", "Filter light", "Hold the reset button 5 seconds after changing the filters."),
    ("Product fault", "Noisy pump", "Noise at start is normal for 10 seconds; longer noise needs a visit."),
    ("Product fault", "Device does not start", "Check the socket and the fuse; then escalate to the second line."),
    ("Product fault", "Warranty rules", "Two years for parts, one year for labour, from the installation date."),
    ("Product fault", "نشتی دستگاه", "شیر ورودی آب را ببندید و برای اعزام تکنسین وقت بگیرید."),
    ("Installation", "Booking a visit", "Offer the first free slot in the technician's day plan; confirm by SMS."),
    ("Installation", "Before the technician comes", "Water inlet and a socket within one metre of the sink."),
    ("Installation", "Pipe leaks after installation", "Free revisit within 30 days of the installation."),
    ("Installation", "نصب رایگان", "نصب در تهران رایگان است؛ در شهرستان هزینه ایاب و ذهاب دریافت می‌شود."),
    ("Account", "Change of address", "Verify the customer's identity with the last order number first."),
    ("Account", "Portal password", "Send the reset link to the e-mail on file; never read a password aloud."),
    ("Account", "Update a phone number", "Add the new number on the customer card; keep the old one as work."),
    ("Account", "تغییر نشانی", "پیش از تغییر نشانی، شماره آخرین سفارش را از مشتری بپرسید."),
    ("Other", "Warranty questions", "Warranty starts at installation; the card is in the box."),
    ("Other", "Catalogue", "The catalogue is on the website; we can also post a printed copy."),
    ("Other", "Feedback about an agent", "Thank the customer, record it as a note, inform the supervisor."),
    ("Other", "Opening hours", "Saturday to Wednesday 8:00-16:00; closed Thursday, Friday and holidays."),
    ("Other", "ساعات کاری", "شنبه تا چهارشنبه ۸ تا ۱۶؛ پنجشنبه، جمعه و تعطیلات رسمی تعطیل."),
    ("Other", "Complaints procedure", "Every complaint gets a ticket; the customer is told at each step."),
]
