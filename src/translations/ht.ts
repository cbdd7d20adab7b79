import { registerTranslation } from '../core/register-translation.js';

// Haitian Creole. Browsers have no dates or numbers for it, so they are written as in French.
// One file partners add beside the bundle: <script src="…/translations/ht.js">.
// Phrases are short and literal. For a native speaker to review: "sous enfòmasyon" for the feed
// in `error`, `victoriesSince`, `status.rescheduled`, `rsvp`, `consent`, `queued`, `mailto`.

registerTranslation({
  $code: 'ht',
  $name: 'Kreyòl ayisyen',
  $dir: 'ltr',
  $intl: 'fr',
  loading: 'Ap chaje…',
  retry: 'Eseye ankò',
  error: (kind, status) =>
    ({
      network: 'Nou pa jwenn sous enfòmasyon an. Tcheke koneksyon an epi eseye ankò.',
      timeout: 'Sous enfòmasyon an pran twòp tan. Eseye ankò pita.',
      http:
        status >= 500
          ? `Sèvè a gen yon pwoblèm (erè ${status}). Eseye ankò pita.`
          : `Nou pa jwenn sous enfòmasyon an (erè ${status}).`,
      'not-json': 'Fichye a domaje, pa gen anyen pou montre.',
      'not-a-feed': 'Fichye sa a se pa yon sous enfòmasyon kowalisyon.',
      'no-feed': 'Widget sa a pa gen sous enfòmasyon.',
      render: 'Gen yon erè pandan nou t ap montre sa.',
    })[kind],
  noVictories: 'Poko gen viktwa. Yo ap parèt isit la.',
  victoriesSince: (_count, year) => `viktwa depi ${year}`,
  inTotal: 'an total',
  victoryTotals: 'Total',
  progress: (value, goal, unit) => `${value} sou ${goal} ${unit}`.trim(),
  ofGoal: (percent, goal) => `${percent} nan objektif ${goal} la`,
  readMore: 'Li plis',
  share: 'Pataje',
  shared: 'Pataje. Mèsi!',
  copied: 'Kopye. Kole l pou pataje l.',
  shareFailed: 'Pataj pa mache.',
  noEvents: 'Pa gen evènman k ap vini kounye a.',
  noPastEvents: 'Pa gen ansyen evènman.',
  neighborhood: 'Katye',
  allNeighborhoods: 'Tout katye yo',
  showMore: (count) => `Montre ${count} ankò`,
  status: { cancelled: 'Anile', postponed: 'Ranvwaye', rescheduled: 'Chanje dat' },
  joinOnline: 'Patisipe sou entènèt',
  rsvp: 'Enskri',
  withSpeakers: (names) => `Avèk ${names}`,
  addToCalendar: 'Ajoute nan kalandriye (.ics)',
  subscribe: 'Abòne',
  subscribeGoogle: 'Abòne nan Google',
  allDay: 'Tout jounen an',
  expand: 'Montre plis',
  collapse: 'Montre mwens',
  noSpeaker: (id) => `Nou pa jwenn oratè “${id}”.`,
  noSpeakers: 'Poko gen oratè.',
  feedbackPrompt: 'Pataje lide ou avèk nou.',
  messageLabel: 'Mesaj ou',
  nameLabel: 'Non ou (si ou vle)',
  emailLabel: 'Imèl ou (si ou vle)',
  consent: (coalition) => `${coalition} ka ekri m nan imèl sa a.`,
  requiredMark: '(obligatwa)',
  ratingOf: (value) => `${value} sou 5`,
  honeypot: 'Kite chan sa a vid',
  send: 'Voye',
  sending: 'Ap voye…',
  problem: {
    required: 'Tanpri reponn kesyon sa a.',
    email: 'Antre yon imèl tankou non@egzanp.org.',
    consent: 'Make bwat la, oswa kite imèl la vid.',
    empty: 'Ekri yon mesaj oswa reponn yon kesyon.',
  },
  sent: 'Mèsi! Kòmantè ou voye.',
  queued: 'Pa gen koneksyon: kòmantè ou anrejistre sou aparèy sa a. L ap voye poukont li, menm si ou fèmen paj la.',
  failed: (status) => `Sèvè a refize kòmantè ou (erè ${status}). Tèks ou toujou la pou ou chanje l epi eseye ankò.`,
  mailto: (email) => `Aplikasyon imèl ou ap louvri ak kòmantè ou. Si li pa louvri, ekri ${email}.`,
  noAddress: 'Fòmilè sa a poko gen kote pou voye kòmantè.',
  mailSubject: (topic) => (topic ? `Kòmantè: ${topic}` : 'Kòmantè'),
  topic: 'Sijè',
  // the speaker card's upcoming events and the speaker list
  upcomingWith: (name) => `Byento ak ${name}`,
  speakers: 'Oratè yo',
  noEvent: (id) => `Nou pa jwenn evènman “${id}”.`,
});
