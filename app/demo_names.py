"""Names, companies, cities, tags and notes the demo generator draws from.

Each person name is (as written, Latin spelling for e-mail addresses). Arabic entries keep Arabic
letters (ي, ك, ة) on purpose: search must meet them when a user types with a Persian keyboard.
Every list is a tuple so that a seed always draws the same values in the same order.
"""

from __future__ import annotations

Name = tuple[str, str]

PERSIAN_FIRST: tuple[Name, ...] = (
    ("علی", "ali"), ("محمد", "mohammad"), ("حسین", "hossein"), ("رضا", "reza"), ("مهدی", "mehdi"),
    ("امیر", "amir"), ("حمید", "hamid"), ("سعید", "saeed"), ("مجید", "majid"), ("مرتضی", "morteza"),
    ("جواد", "javad"), ("کاظم", "kazem"), ("بهروز", "behrouz"), ("فرهاد", "farhad"), ("کیوان", "keyvan"),
    ("آرش", "arash"), ("بابک", "babak"), ("داریوش", "dariush"), ("پیمان", "peyman"), ("سیامک", "siamak"),
    ("نیما", "nima"), ("پویا", "pouya"), ("کامران", "kamran"), ("مسعود", "masoud"), ("یوسف", "yousef"),
    ("محمدرضا", "mohammadreza"), ("علی‌اکبر", "aliakbar"), ("عبدالله", "abdollah"), ("اکبر", "akbar"),
    ("فاطمه", "fatemeh"), ("زهرا", "zahra"), ("مریم", "maryam"), ("سارا", "sara"), ("نرگس", "narges"),
    ("لیلا", "leila"), ("مینا", "mina"), ("شیرین", "shirin"), ("پریسا", "parisa"), ("نازنین", "nazanin"),
    ("الهام", "elham"), ("سمیرا", "samira"), ("آزاده", "azadeh"), ("مهسا", "mahsa"), ("نگار", "negar"),
    ("یاسمن", "yasaman"), ("فرشته", "fereshteh"), ("طاهره", "tahereh"), ("کبری", "kobra"), ("ژیلا", "zhila"),
    ("هانیه", "hanieh"), ("ساناز", "sanaz"), ("رویا", "roya"), ("معصومه", "masoumeh"), ("گلناز", "golnaz"),
)  # fmt: skip

PERSIAN_LAST: tuple[Name, ...] = (
    ("احمدی", "ahmadi"), ("محمدی", "mohammadi"), ("حسینی", "hosseini"), ("رضایی", "rezaei"),
    ("کریمی", "karimi"), ("موسوی", "mousavi"), ("جعفری", "jafari"), ("قاسمی", "ghasemi"),
    ("صادقی", "sadeghi"), ("رحیمی", "rahimi"), ("کاظمی", "kazemi"), ("هاشمی", "hashemi"),
    ("نوروزی", "nowruzi"), ("طاهری", "taheri"), ("عباسی", "abbasi"), ("نجفی", "najafi"),
    ("شریفی", "sharifi"), ("زارعی", "zarei"), ("سلطانی", "soltani"), ("یزدانی", "yazdani"),
    ("تهرانی", "tehrani"), ("شیرازی", "shirazi"), ("اصفهانی", "esfahani"), ("تبریزی", "tabrizi"),
    ("خراسانی", "khorasani"), ("میرزایی", "mirzaei"), ("بهرامی", "bahrami"), ("فرهادی", "farhadi"),
    ("کیانی", "kiani"), ("اکبری", "akbari"), ("مرادی", "moradi"), ("ملکی", "maleki"),
    ("نوری", "nouri"), ("پورمحمدی", "pourmohammadi"), ("حیدری", "heydari"), ("قربانی", "ghorbani"),
    ("عزیزی", "azizi"), ("خسروی", "khosravi"), ("فتحی", "fathi"), ("صفری", "safari"),
    ("امینی", "amini"), ("جلالی", "jalali"), ("رستمی", "rostami"), ("باقری", "bagheri"),
    ("اسدی", "asadi"), ("کرمانی", "kermani"), ("نیک‌نام", "niknam"), ("آقایی", "aghaei"),
)  # fmt: skip

ARABIC_FIRST: tuple[Name, ...] = (
    ("محمد", "mohammed"), ("أحمد", "ahmed"), ("علي", "ali"), ("عبدالله", "abdullah"), ("خالد", "khalid"),
    ("عمر", "omar"), ("يوسف", "yousef"), ("حسن", "hassan"), ("حسين", "hussein"), ("إبراهيم", "ibrahim"),
    ("مصطفى", "mustafa"), ("كريم", "karim"), ("سعد", "saad"), ("فيصل", "faisal"), ("ماجد", "majed"),
    ("طارق", "tariq"), ("زياد", "ziad"), ("سلطان", "sultan"), ("ناصر", "nasser"), ("حمد", "hamad"),
    ("جاسم", "jassim"), ("عباس", "abbas"), ("مهدي", "mahdi"), ("رائد", "raed"), ("وليد", "waleed"),
    ("فاطمة", "fatima"), ("عائشة", "aisha"), ("مريم", "mariam"), ("نور", "nour"), ("ليلى", "layla"),
    ("سارة", "sarah"), ("هدى", "huda"), ("زينب", "zainab"), ("رنا", "rana"), ("دانة", "dana"),
    ("لطيفة", "latifa"), ("شيخة", "sheikha"), ("أمل", "amal"), ("رقية", "ruqaya"), ("هند", "hind"),
)  # fmt: skip

ARABIC_LAST: tuple[Name, ...] = (
    ("الحسيني", "alhusseini"), ("العتيبي", "alotaibi"), ("الشمري", "alshammari"), ("الكعبي", "alkaabi"),
    ("المنصوري", "almansouri"), ("الدوسري", "aldosari"), ("الزهراني", "alzahrani"), ("القحطاني", "alqahtani"),
    ("الجبوري", "aljubouri"), ("العبيدي", "alobaidi"), ("التميمي", "altamimi"), ("الموسوي", "almousawi"),
    ("الهاشمي", "alhashimi"), ("البصري", "albasri"), ("الكاظمي", "alkadhimi"), ("الربيعي", "alrubaie"),
    ("المهيري", "almheiri"), ("الفلاسي", "alfalasi"), ("النعيمي", "alnuaimi"), ("الصباح", "alsabah"),
    ("الخليفة", "alkhalifa"), ("حداد", "haddad"), ("خوري", "khoury"), ("عيسى", "issa"),
    ("السعدي", "alsaadi"), ("الأنصاري", "alansari"), ("البدري", "albadri"), ("الياسري", "alyasiri"),
)  # fmt: skip

ENGLISH_FIRST: tuple[Name, ...] = tuple(
    (n, n.lower())
    for n in (
        "James", "John", "Robert", "Michael", "David", "William", "Richard", "Thomas", "Daniel", "Paul",
        "Mark", "George", "Peter", "Andrew", "Omar", "Adam", "Sam", "Ryan", "Kevin", "Brian",
        "Mary", "Linda", "Sarah", "Emma", "Olivia", "Sophie", "Laura", "Anna", "Helen", "Julia",
        "Rachel", "Emily", "Grace", "Hannah", "Kate", "Lucy", "Nadia", "Yasmin", "Leila", "Dina",
    )
)  # fmt: skip

ENGLISH_LAST: tuple[Name, ...] = tuple(
    (n, n.lower().replace("'", ""))
    for n in (
        "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Walker",
        "Wright", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Martin",
        "Clarke", "Jackson", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King", "O'Brien",
        "Patel", "Khan", "Shah", "Farah", "Nasser", "Karimi", "Rahman", "Mansour", "Haddad", "Saleh",
    )
)  # fmt: skip

# Firms: a core word put into a few customary patterns per language.
PERSIAN_COMPANY_CORES = (
    "پارس", "آریا", "البرز", "سپاهان", "کیان", "آفتاب", "ایران‌مهر", "نوین", "پیشگامان", "زاگرس",
    "خلیج فارس", "دماوند", "مهرگان", "آسیا", "سپید", "روشن", "طلوع", "کوروش", "تابان", "پرشین",
)  # fmt: skip
PERSIAN_COMPANY_PATTERNS = (
    "شرکت {} تجارت",
    "بازرگانی {}",
    "فروشگاه {}",
    "گروه صنعتی {}",
    "پخش {}",
    "{} الکترونیک",
    "تولیدی {}",
)
ARABIC_COMPANY_CORES = (
    "النور", "الخليج", "الرافدين", "الفرات", "دجلة", "الأمل", "الشروق", "البركة", "الوطنية", "المستقبل",
    "الجزيرة", "الصفوة", "الريادة", "الإمارات", "البصرة", "الكوثر",
)  # fmt: skip
ARABIC_COMPANY_PATTERNS = ("شركة {} للتجارة", "مؤسسة {}", "مجموعة {}", "{} للإلكترونيات", "مكتب {} العقاري")
ENGLISH_COMPANY_CORES = (
    "Gulf", "Crescent", "Falcon", "Oasis", "Pearl", "Horizon", "Summit", "Atlas", "Cedar", "Silk Road",
    "Emerald", "Sterling", "Delta", "Nova", "Harbor", "Zenith",
)  # fmt: skip
ENGLISH_COMPANY_PATTERNS = ("{} Trading LLC", "{} Logistics", "{} Group", "{} Electronics", "{} Foods Co.")

IRANIAN_CITIES = (
    "تهران", "تهران", "تهران", "مشهد", "اصفهان", "شیراز", "تبریز", "کرج", "اهواز", "قم", "کرمانشاه",
    "رشت", "ساری", "گرگان", "یزد", "کرمان", "همدان", "اراک", "بندرعباس", "قزوین", "زنجان", "بوشهر",
)  # fmt: skip
# Arabic-speaking customers: Khuzestan at home, and the Gulf and Iraqi trade partners.
ARABIC_CITIES = (
    "اهواز", "آبادان", "خرمشهر", "دبي", "الشارقة", "أبوظبي", "الدوحة", "الكويت", "المنامة", "مسقط",
    "بغداد", "البصرة", "النجف", "كربلاء", "أربيل", "الرياض", "جدة", "الدمام",
)  # fmt: skip
ENGLISH_CITIES = ("Dubai", "Tehran", "Kish", "Abu Dhabi", "Doha", "Muscat", "Kuwait City", "Manama", "Baghdad")

PERSIAN_STREETS = ("ولیعصر", "انقلاب", "آزادی", "شریعتی", "مطهری", "فردوسی", "امام", "حافظ", "سعدی", "بهار")

TAGS = (
    "VIP", "wholesale", "retail", "reseller", "loyal", "new", "late payer", "online",
    "همکار", "نمایندگی", "عمده", "جملة",
)  # fmt: skip
CUSTOMER_SOURCES = ("referral", "website", "instagram", "exhibition", "walk-in", "phone", "whatsapp", "")

EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "chmail.ir", "hotmail.com", "mail.ru")

CONSENT_NOTES = ("Asked on the phone not to be called", "درخواست تلفنی: تماس نگیرید", "Complained about marketing")

CUSTOMER_NOTES = (
    "مشتری قدیمی، فقط صبح‌ها تماس بگیرید",
    "Prefers WhatsApp for invoices",
    "پرداخت چکی، سررسید ۳۰ روزه",
    "Speaks Arabic; ask for Fatima in sales",
    "فاکتور رسمی با کد اقتصادی می‌خواهد",
    "Asked for a discount on bulk orders",
    "يفضل التواصل بعد الظهر",
)

CALL_NOTES = (
    "سفارش ثبت شد", "پیگیری ارسال", "شماره فاکتور را خواست", "ناراضی از تاخیر ارسال", "قیمت جدید را پرسید",
    "قرار شد فردا تماس بگیریم", "مشکل حل شد", "آدرس تحویل عوض شد", "درخواست مرجوعی",
    "Order placed", "Asked about delivery time", "Wants a callback tomorrow", "Invoice resent by e-mail",
    "Complained about a damaged package", "Price list requested", "Payment confirmed",
    "طلب عرض سعر", "سأل عن موعد التسليم",
)  # fmt: skip

# (username, full name, role): the office's agents, a supervisor and the owner.
AGENTS = (
    ("sara.ahmadi", "سارا احمدی", "agent"),
    ("reza.karimi", "رضا کریمی", "agent"),
    ("maryam.hosseini", "مریم حسینی", "agent"),
    ("ali.rezaei", "علی رضایی", "agent"),
    ("negar.sadeghi", "نگار صادقی", "agent"),
    ("hamid.jafari", "حمید جعفری", "agent"),
    ("fatima.alkaabi", "فاطمة الكعبي", "agent"),
    ("omar.haddad", "عمر حداد", "agent"),
    ("layla.alansari", "ليلى الأنصاري", "agent"),
    ("john.walker", "John Walker", "agent"),
    ("elham.moradi", "الهام مرادی", "supervisor"),
    ("kamran.tehrani", "کامران تهرانی", "owner"),
)
