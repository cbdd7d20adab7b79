import { pluralFor } from '../core/plural.js';
import { registerTranslation } from '../core/register-translation.js';

// Arabic, written right to left: the widgets mirror their layout. One file partners add beside
// the bundle: <script src="…/translations/ar.js">. Phrases are short and literal.
// For a native speaker to review: every form of `victoriesSince` (zero, one, two, few, many,
// other), "المصدر" for the feed in `error`, `status`, `rsvp`, `consent`, `queued`, `mailto`.
const plural = pluralFor('ar');

registerTranslation({
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',
  loading: 'جارٍ التحميل…',
  retry: 'أعد المحاولة',
  error: (kind, status) =>
    ({
      network: 'تعذّر بلوغ المصدر.',
      timeout: 'تأخّر رد المصدر.',
      http: status >= 500 ? `خلل في الخادم (خطأ ${status}).` : `المصدر غير موجود (خطأ ${status}).`,
      'not-json': 'ملف المصدر تالف.',
      'not-a-feed': 'الملف ليس مصدر تحالف.',
      'no-feed': 'لا مصدر لهذه الأداة.',
      render: 'خطأ في العرض.',
    })[kind],
  noVictories: 'لا انتصارات بعد.',
  // after the count: ٢ انتصاران، ٣ انتصارات، ١١ انتصارًا; zero, one and 100+: ٠ / ١ / ١٠٠ انتصار
  victoriesSince: (count, year) =>
    `${plural(count, { two: 'انتصاران', few: 'انتصارات', many: 'انتصارًا', other: 'انتصار' })} منذ ${year}`,
  inTotal: 'إجمالًا',
  victoryTotals: 'المجاميع',
  progress: (value, goal, unit) => `${value} من ${goal} ${unit}`.trim(),
  ofGoal: (percent, goal) => `${percent} من هدف ${goal}`,
  readMore: 'اقرأ المزيد',
  share: 'مشاركة',
  shared: 'تمت المشاركة. شكرًا!',
  copied: 'نُسخ.',
  shareFailed: 'تعذّرت المشاركة.',
  noEvents: 'لا فعاليات قادمة.',
  noPastEvents: 'لا فعاليات سابقة.',
  neighborhood: 'الحي',
  allNeighborhoods: 'كل الأحياء',
  showMore: (count) => `عرض المزيد (${count})`,
  status: { cancelled: 'أُلغيت', postponed: 'أُجّلت', rescheduled: 'تغيّر موعدها' },
  joinOnline: 'انضم عن بُعد',
  rsvp: 'سجّل حضورك',
  withSpeakers: (names) => `مع ${names}`,
  addToCalendar: 'أضف للتقويم (.ics)',
  subscribe: 'اشترك',
  subscribeGoogle: 'اشترك عبر Google',
  allDay: 'طوال اليوم',
  expand: 'عرض المزيد',
  collapse: 'عرض أقل',
  noSpeaker: (id) => `لا متحدث باسم «${id}».`,
  noSpeakers: 'لا متحدثين.',
  feedbackPrompt: 'شاركنا رأيك.',
  messageLabel: 'رسالتك',
  nameLabel: 'اسمك (اختياري)',
  emailLabel: 'بريدك (اختياري)',
  consent: (coalition) => `يمكن لـ${coalition} مراسلتي.`,
  requiredMark: '(مطلوب)',
  ratingOf: (value) => `${value} من 5`,
  honeypot: 'اتركه فارغًا',
  send: 'إرسال',
  sending: 'جارٍ الإرسال…',
  problem: {
    required: 'أجب عن السؤال.',
    email: 'أدخل بريدًا صالحًا.',
    consent: 'حدّد المربع أو امسح البريد.',
    empty: 'اكتب رسالة أولًا.',
  },
  sent: 'شكرًا! أُرسل رأيك.',
  queued: 'انقطع الاتصال: حُفظ رأيك وسيُرسل تلقائيًا.',
  failed: (status) => `رفض الخادم رأيك (خطأ ${status}). نصّك باقٍ.`,
  mailto: (email) => `إن لم يُفتح البريد، راسل ${email}.`,
  noAddress: 'لا عنوان للإرسال.',
  mailSubject: (topic) => (topic ? `رأي: ${topic}` : 'رأي'),
  topic: 'الموضوع',
  // the speaker card's upcoming events and the speaker list
  upcomingWith: (name) => `قريبًا مع ${name}`,
  speakers: 'المتحدثون',
  noEvent: (id) => `لا فعالية باسم «${id}».`,
});
