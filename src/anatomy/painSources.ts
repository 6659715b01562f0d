import type { PainSource } from './painTypes'

/**
 * Citations for the referred-pain data, keyed as in `../shared/reference/pain-patterns.md` §D. The
 * URLs are the reference's; the titles are short descriptions of each page written for this list.
 * Most are secondary sources restating Travell & Simons; the reference marks where its
 * essential/spillover split is recalled rather than checked ([T&S-mem]), and the patterns' notes
 * repeat that.
 */
export const PAIN_SOURCES: readonly PainSource[] = [
  // Chart conventions
  {
    key: 'TP101',
    title: 'Trigger Points 101: pain referral patterns (essential vs spillover zones)',
    url: 'https://triggerpoints101.blogspot.com/2018/12/pain-referral-patterns.html',
  },
  // Iliopsoas
  {
    key: 'NAMTPT-IP',
    title: 'NAMTPT symptom checker: iliopsoas',
    url: 'http://myofascialtherapy.org/symptom-checker/symptomcheck/symptom_leg_iliopsoas.html',
  },
  {
    key: 'NA-PSOAS',
    title: 'Niel-Asher: trigger point therapy, treating psoas',
    url: 'https://www.nielasher.com/blogs/video-blog/trigger-point-therapy-treating-psoas',
  },
  {
    key: 'TP3D-IP',
    title: 'TriggerPoints3D: trigger point of the week, iliopsoas',
    url: 'https://www.triggerpoints3d.com/post/trigger-point-of-the-week-iliopsoas-by-simeon-niel-asher',
  },
  {
    key: 'PERRY-IP',
    title: 'Trigger Point Therapist: iliopsoas trigger points',
    url: 'https://www.triggerpointtherapist.com/?p=2478',
  },
  {
    key: 'PARKER',
    title: 'The iliopsoas trigger point (document on docstoc)',
    url: 'http://www.docstoc.com/docs/132073145/The-Iliopsoas-Trigger-Point',
  },
  {
    key: 'ABER-IP',
    title: 'Aberdeen Chiropractic: trigger points in the iliopsoas muscle',
    url: 'https://aberdeenchiropracticblog.com/2018/05/01/trigger-points-in-the-iliopsoas-muscle/',
  },
  {
    key: 'WELLDIG-IP',
    title: 'The Wellness Digest: iliopsoas and low back, abdomen, groin and upper-leg pain',
    url: 'https://thewellnessdigest.com/iliopsoas-muscle-low-back-abdomen-groin-pelvic-upper-leg-pain/',
  },
  {
    key: 'DOCZZ-MPS',
    title: 'Myofascial pain syndrome of the low back and hip (lecture notes)',
    url: 'http://doczz.net/doc/5037040/myofascial-pain-syndrome-of-low-back-and-hip',
  },
  {
    key: 'MUSC-PS',
    title: 'ABMP (Muscolino): palpating the psoas major',
    url: 'https://abmp.com/textonlymags/article.php?article=1972',
  },
  {
    key: 'MUSC-MB',
    title: 'Massage & Bodywork (Muscolino): iliopsoas palpation and cautions',
    url: 'https://www.massageandbodyworkdigital.com/i/1060121/57',
  },
  {
    key: 'FINANDO',
    title: 'Finando & Finando, Trigger Point Therapy for Myofascial Pain (iliopsoas chapter)',
    url: 'https://readonlinefree.net/read-online-trigger-point-therapy-for-myofascial-pain-full/books-24',
  },
  { key: 'E2-IL', title: 'Everything2: iliacus', url: 'https://everything2.com/user/tweeg/writeups/iliacus' },
  // Tensor fasciae latae
  {
    key: 'NA-TFL',
    title: 'Niel-Asher: treating the iliotibial band and tensor fasciae latae',
    url: 'https://nielasher.com/blogs/video-blog/treating-the-iliotibial-band-itb-tensor-fasciae-latae-tfl-hip-restrictions',
  },
  {
    key: 'PERRY-TFL',
    title: 'Trigger Point Therapist: tensor fascia lata trigger point and hip pain',
    url: 'http://www.triggerpointtherapist.com/blog/hip-pain-trigger-points/tensor-fascia-lata-trigger-point-it-band-syndrome-hip-pain',
  },
  {
    key: 'KENT-TFL',
    title: 'Massage Today: hip and thigh pain, the tensor fascia latae connection',
    url: 'https://massagetoday.com/articles/14542/Hip-and-Thigh-Pain-The-Tensor-Fascia-Latae-Connection',
  },
  {
    key: 'MJP-TFL',
    title: 'Muscle & Joint Pain: tensor fasciae latae trigger points',
    url: 'https://www.muscle-joint-pain.com/trigger-points/trigger-point-self-treatment/tensor-fasciae-latae/',
  },
  {
    key: 'PAINBRAIN',
    title: 'Pain and Brain Healing Center: hip pain, sciatica and myofascial pain syndrome',
    url: 'http://painandbrainhealingcenter.com/fibro---trigger-points/hip-pain---sciatica-myofascial-pain-syndrome.html',
  },
  {
    key: 'OCLIN',
    title: 'Orthopaedic Clinic Singapore: palpation of soft tissue (hip)',
    url: 'https://www.orthopaedicclinic.com.sg/wrist/palpation-of-soft-tissue-9/',
  },
  // Rectus femoris
  {
    key: 'NAMTPT-RF',
    title: 'NAMTPT symptom checker: rectus femoris',
    url: 'http://myofascialtherapy.org/symptom-checker/symptomcheck/symptom_leg_femoris.html',
  },
  {
    key: 'PW-RF',
    title: 'Pain Whisperer: trigger points of knee and thigh pain',
    url: 'https://www.painwhisperer.com/trigger-point-knee-thigh-pain',
  },
  {
    key: 'IOH-RF',
    title: 'Inner Outer Health: rectus femoris',
    url: 'https://www.innerouterhealth.com.au/rectus-femoris.html',
  },
  {
    key: 'MORTON-RF',
    title: "Morton's Foot: another source of knee pain (rectus femoris)",
    url: 'https://www.mortonsfoot.com/Another-source-of-knee-pain_b_30.html',
  },
  // Sartorius
  {
    key: 'NA-SART',
    title: 'Niel-Asher: trigger point therapy, sartorius',
    url: 'https://www.nielasher.com/blogs/video-blog/trigger-point-therapy-sartorius',
  },
  {
    key: 'HOPR-SART',
    title: 'Hands On Pain Relief: sartorius, the honeymoon muscle',
    url: 'https://handsonpainrelief.com/2022/02/19/sartorius-muscle-the-honeymoon-muscle',
  },
  {
    key: 'MJP-SART',
    title: 'Muscle & Joint Pain: sartorius trigger points',
    url: 'https://www.muscle-joint-pain.com/trigger-points/trigger-point-self-treatment/sartorius/',
  },
  {
    key: 'BLISS-SART',
    title: 'Bliss Massage: trigger points for front-thigh pain, sartorius',
    url: 'https://www.bliss2massage.com/trigger-points-for-front-thigh-pain-sartorius-massage-monday-401/',
  },
  // Quadratus lumborum
  {
    key: 'FITVIP-QL',
    title: 'Fitness VIP: muscles of lower-torso pain (quadratus lumborum four-point scheme)',
    url: 'https://www.fitness-vip.com/muscle-chains/muscles-of-lower-torso-pain.html',
  },
  {
    key: 'NAMTPT-QL',
    title: 'NAMTPT symptom checker: quadratus lumborum',
    url: 'http://check.myofascialtherapy.org/symptomcheck/symptom_leg_quadratus.html',
  },
  {
    key: 'ABER-QL',
    title: 'Aberdeen Chiropractic: trigger points in the quadratus lumborum muscle',
    url: 'https://aberdeenchiropracticblog.com/2018/06/05/trigger-points-in-the-quadratus-lumborum-muscle/',
  },
  {
    key: 'LFB-QL',
    title: 'Learn and Feel Better: quadratus lumborum',
    url: 'https://learnandfeelbetter.com/quadratus-lumborum',
  },
  {
    key: 'SPRINGER-QL',
    title: 'Springer chapter: quadratus lumborum (side-lying examination)',
    url: 'http://link.springer.com/content/pdf/10.1007/978-3-030-47117-0_20',
  },
  { key: 'EGO', title: 'Egofelix: surface anatomy of the back', url: 'https://www.egofelix.com/surface-anatomy/' },
  // Gluteus medius
  {
    key: 'NAMTPT-GMED',
    title: 'NAMTPT symptom checker: gluteus medius',
    url: 'http://check.myofascialtherapy.org/symptomcheck/symptom_leg_medius.html',
  },
  {
    key: 'TP3D-GMED',
    title: 'TriggerPoints3D: trigger point of the week, gluteus medius',
    url: 'https://www.triggerpoints3d.com/post/trigger-point-of-the-week-gluteus-medius-by-simeon-niel-asher',
  },
  {
    key: 'ABER-GMED',
    title: 'Aberdeen Chiropractic: trigger points in the gluteus medius muscle',
    url: 'https://aberdeenchiropracticblog.com/2018/04/10/trigger-points-in-the-gluteus-medius-muscle/',
  },
  {
    key: 'MASSLIB-GMED',
    title: 'Massage Library: gluteus medius trigger points and counterstrain',
    url: 'https://massagelibrary.com/Dr+James+Mally/Sports+Massage+DVD/Trigger+Point+and+Counterstrain/Gluteus+Medius/',
  },
  {
    key: 'HINDS-GMED',
    title: 'Stuart Hinds Academy: taping for trigger points in the gluteus medius',
    url: 'https://stuarthindsacademy.com/blog/taping-for-trigger-points-in-the-gluteus-medius',
  },
  // Gluteus minimus
  {
    key: 'PFH-GMIN',
    title: 'Pain Free Health: gluteus minimus muscle',
    url: 'https://painfreehealth.ca/gluteus-minimus-muscle/',
  },
  {
    key: 'NAMTPT-GMIN',
    title: 'NAMTPT symptom checker: gluteus minimus',
    url: 'http://check.myofascialtherapy.org/symptomcheck/symptom_leg_minimus.html',
  },
  {
    key: 'NA-GMIN',
    title: 'Niel-Asher: trigger point therapy, gluteus minimus',
    url: 'https://www.nielasher.com/blogs/video-blog/trigger-point-therapy-gluteus-minimus',
  },
  {
    key: 'TP3D-GMIN',
    title: 'TriggerPoints3D: trigger point of the week, gluteus minimus',
    url: 'https://triggerpoints3d.com/post/trigger-point-of-the-week-gluteus-minimus-by-simeon-niel-asher',
  },
  {
    key: 'MORTON-GMIN',
    title: "Morton's Foot: low back pain and pseudo-sciatica, gluteus minimus",
    url: 'https://www.mortonsfoot.com/Relieve-Low-Back-Pain-and-Pseudo-Sciatica-%E2%80%93-Gluteus-Minimus_b_39.html',
  },
  // Landmarks
  {
    key: 'HOPF',
    title: 'Hoppenfeld hip palpation flashcards (trochanter, ischial tuberosity, inguinal ligament)',
    url: 'https://flashcardmachine.com/hoppenfeld-hip-palpation.html',
  },
  {
    key: 'ONC',
    title: 'OnCourse: back surface landmarks (PSIS dimples at S2 over the sacroiliac joint)',
    url: 'https://getoncourse.ai/lessons/us-medical-pg/anatomy/surface-anatomy/back-surface-landmarks',
  },
  {
    key: 'IMA-SART',
    title: 'IMAIOS e-Anatomy: sartorius (origin at the ASIS, insertion on the pes anserinus)',
    url: 'https://www.imaios.com/en/e-Anatomy/Anatomical-Parts/Sartorius',
  },
  {
    key: 'WINTER',
    title: 'Winter, Biomechanics, ch. 4 anthropometry (after Drillis & Contini 1966)',
    url: 'https://es.scribd.com/doc/257922636/Anthropometry',
  },
]

const BY_KEY = new Map(PAIN_SOURCES.map((s) => [s.key, s]))

/** The citation for a source key, or `undefined` if the key is not in `PAIN_SOURCES`. */
export const painSourceByKey = (key: string): PainSource | undefined => BY_KEY.get(key)
