import type { FeatureDictionary } from '../core/i18n/dictionary';

// Keys: <page>.<section>.title, .p1…, .item1… (see LegalPage). {organisation} and the retention figures come from
// GET /api/site, so each deployment's pages name its own provider and tell its own configuration.
export const legalI18n = {
  fi: {
    'legal.updated': 'Päivitetty 3.12.2026.',
    'legal.contact.controller': 'Rekisterinpitäjä',
    'legal.contact.provider': 'Palvelun tarjoaja',
    'legal.contact.address': 'Osoite',
    'legal.contact.email': 'Sähköposti',
    'legal.contact.dpo': 'Tietosuojavastaava',
    'legal.contact.authority': 'Valvontaviranomainen',
    'legal.contact.web': 'Verkkosivut',
    'legal.contact.phone': 'Puhelin (vaihde)',

    'legal.accessibility.title': 'Saavutettavuusseloste',
    'legal.accessibility.intro':
      'Tämä saavutettavuusseloste koskee Kotopaikka-verkkopalvelua. Palvelun tarjoaa {organisation}. Pyrimme siihen, että palvelu täyttää digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) vaatimukset ja WCAG 2.1 -ohjeiston A- ja AA-tason.',
    'legal.accessibility.status.title': 'Saavutettavuuden tila',
    'legal.accessibility.status.p1':
      'Palvelu täyttää saavutettavuusvaatimukset osittain. Alla luetellut puutteet ovat tiedossamme, ja korjaamme niitä.',
    'legal.accessibility.known.title': 'Sisältö, joka ei ole vielä saavutettavaa',
    'legal.accessibility.known.p1': 'Seuraavat kohdat eivät vielä täytä vaatimuksia:',
    'legal.accessibility.known.item1':
      'Kurssien videot ja liitetiedostot tulevat sisällöntuottajilta. Palvelussa voi antaa videolle tekstityksen ja tekstivastineen, mutta niitä ei vaadita, joten kaikissa videoissa niitä ei ole (WCAG 1.2.2, 1.2.3), eikä liitetiedostojen (esimerkiksi PDF) saavutettavuutta tarkisteta (WCAG 1.1.1, 1.3.1).',
    'legal.accessibility.known.item2':
      'Kurssitodistuksen PDF-tiedosto ei ole rakenteistettu (tagged) PDF, joten ruudunlukija ei tunnista sen otsikoita ja rakennetta (WCAG 1.3.1). Samat tiedot ovat saavutettavassa muodossa todistuksen tarkistussivulla.',
    'legal.accessibility.known.item3':
      'Jos kurssin tekstiä ei ole valitulla kielellä ja se näytetään toisella kielellä, tekstin kieltä ei ole merkitty, joten ruudunlukija voi lukea sen väärällä ääntämyksellä (WCAG 3.1.2). Sivulla kerrotaan, että osa sisällöstä on toisella kielellä.',
    'legal.accessibility.known.item4':
      'Palvelua ei ole testattu järjestelmällisesti ruudunlukijoilla (NVDA, JAWS, VoiceOver) eikä puheohjauksella, joten niillä voi olla puutteita, joita automaattiset testit eivät havaitse.',
    'legal.accessibility.known.item5':
      'Palvelun tulevat osat, kuten vertaismentorointi ja verkkotilaisuudet, arvioidaan, kun ne otetaan käyttöön.',
    'legal.accessibility.prepared.title': 'Selosteen laatiminen',
    'legal.accessibility.prepared.p1':
      'Seloste on laadittu 27.11.2026 ja päivitetty 3.12.2026. Arvio perustuu palvelun tarjoajan omaan arvioon: jokaisen muutoksen yhteydessä sivut testataan automaattisesti (axe-core), kirjautuminen näppäimistöllä ja koulutussivut myös 320 pikselin levyisellä näytöllä.',
    'legal.accessibility.prepared.p2': 'Ulkopuolista saavutettavuusarviointia ei ole vielä tehty.',
    'legal.accessibility.feedback.title': 'Palaute ja yhteystiedot',
    'legal.accessibility.feedback.p1':
      'Huomasitko saavutettavuuspuutteen, tai tarvitsetko sisältöä, joka ei ole saavutettavaa, toisessa muodossa? Kerro siitä meille. Vastaamme 14 päivän kuluessa.',
    'legal.accessibility.enforcement.title': 'Valvontaviranomainen',
    'legal.accessibility.enforcement.p1':
      'Jos huomaat palvelussa saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit tehdä ilmoituksen Liikenne- ja viestintävirasto Traficomiin.',
    'legal.accessibility.enforcement.p2':
      'Traficomin sivuilla kerrotaan, miten ilmoituksen voi tehdä ja miten asia käsitellään.',

    'legal.privacy.title': 'Tietosuojaseloste',
    'legal.privacy.intro':
      'Kotopaikka on oppimis- ja vertaismentorointipalvelu Keski-Suomen kuntien kotoutumistyöhön. Tässä selosteessa kerrotaan EU:n tietosuoja-asetuksen (artiklat 13 ja 14) mukaisesti, mitä tietoja sinusta käsitellään, miksi ja kuinka kauan.',
    'legal.privacy.controller.title': 'Rekisterinpitäjä ja yhteystiedot',
    'legal.privacy.controller.p1':
      'Rekisterinpitäjä on {organisation}. Tietosuojaa koskevat kysymykset ja pyynnöt voit lähettää alla olevaan osoitteeseen tai tietosuojavastaavalle.',
    'legal.privacy.data.title': 'Mitä tietoja käsittelemme',
    'legal.privacy.data.p1': 'Käsittelemme vain palvelun käyttämiseen tarvittavia tietoja:',
    'legal.privacy.data.item1':
      'tilin tiedot: nimi, sähköpostiosoite, rooli, kohderyhmä, kunta ja organisaatio, kielivalinta, sähköposti-ilmoitusten asetukset sekä salasanan tiiviste (itse salasanaa ei tallenneta)',
    'legal.privacy.data.item2':
      'oppimisen tiedot: ilmoittautumiset, suoritetut oppitunnit, tietovisojen vastaukset ja tulokset, pohdintatehtävien vastaukset ja kurssitodistukset',
    'legal.privacy.data.item3': 'sisällöntuottajien kursseille lataamat tiedostot ja tekstit',
    'legal.privacy.data.item4': 'istuntojen tiedot: kirjautumisaika, viimeisin käyttöhetki ja selaimen tunniste',
    'legal.privacy.data.item5':
      'lokitiedot: palvelun lähettämät sähköpostit ja ylläpitotoimet (kuka muutti mitä ja milloin)',
    'legal.privacy.data.item6': 'palvelun sisäiset ilmoitukset sinulle',
    'legal.privacy.sources.title': 'Mistä tiedot saadaan',
    'legal.privacy.sources.p1':
      'Tilin perustiedot saadaan kunnan koordinaattorilta tai ylläpitäjältä, joka kutsuu sinut palveluun. Muut tiedot syntyvät, kun käytät palvelua.',
    'legal.privacy.purpose.title': 'Käsittelyn tarkoitus ja oikeusperuste',
    'legal.privacy.purpose.p1': 'Käsittelemme tietoja seuraaviin tarkoituksiin:',
    'legal.privacy.purpose.item1':
      'koulutusten, vertaismentoroinnin ja tilaisuuksien järjestäminen sekä todistusten myöntäminen – yleisen edun mukaisen tehtävän hoitaminen (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta)',
    'legal.privacy.purpose.item2':
      'kuntien kotoutumistyön seuranta: päättäjät ja koordinaattorit näkevät oman alueensa tilastot ilman nimiä – yleisen edun mukainen tehtävä (6 artiklan 1 kohdan e alakohta)',
    'legal.privacy.purpose.item3':
      'hankkeen rahoittajalle annettavat tilastot, jotka raportoidaan ilman nimiä – rekisterinpitäjän lakisääteinen velvoite (6 artiklan 1 kohdan c alakohta)',
    'legal.privacy.purpose.item4':
      'palvelun tietoturva: istunnot, kirjautumisyritysten rajoittaminen ja ylläpitotoimien loki (6 artiklan 1 kohdan e alakohta ja 32 artikla)',
    'legal.privacy.recipients.title': 'Kuka tietoja näkee',
    'legal.privacy.recipients.p1': 'Tietojasi eivät näe muut kuin ne, joiden tehtävä sitä vaatii:',
    'legal.privacy.recipients.item1': 'kuntasi koordinaattorit ja palvelun ylläpitäjät',
    'legal.privacy.recipients.item2':
      'työnantajasi yhteyshenkilö näkee oman organisaationsa henkilöiden ilmoittautumiset',
    'legal.privacy.recipients.item3': 'kuntasi päättäjät näkevät kunnan tilastot ilman nimiä',
    'legal.privacy.recipients.item4':
      'sähköpostit välitetään palvelun käyttämän sähköpostipalvelun kautta. Tietoja ei luovuteta muille eikä siirretä EU:n tai ETA-alueen ulkopuolelle.',
    'legal.privacy.retention.title': 'Kuinka kauan tietoja säilytetään',
    'legal.privacy.retention.p1': 'Säilytysajat tässä palvelussa:',
    'legal.privacy.retention.item1':
      'Istunto päättyy {idleMinutes} minuutin käyttämättömyyden jälkeen tai viimeistään {absoluteHours} tunnin kuluttua kirjautumisesta, ja päättyneet istunnot poistetaan tunnin kuluessa.',
    'legal.privacy.retention.item2':
      'Kutsulinkki on voimassa {invitationDays} päivää ja salasanan vaihtolinkki {resetHours} tunnin. Käytetyt, perutut ja vanhentuneet linkit poistetaan {spentDays} päivän kuluttua.',
    'legal.privacy.retention.item3': 'Kirjautumisyritysten laskurit ovat lyhytaikaisia ja vanhenevat itsestään.',
    'legal.privacy.retention.item4':
      'Tilin, oppimisen tiedot ja todistukset säilytetään niin kauan kuin tili on olemassa, jotta voit jatkaa opintojasi ja todistus voidaan tarkistaa.',
    'legal.privacy.retention.item5':
      'Sähköpostiloki ja ylläpitotoimien loki säilytetään toistaiseksi; palvelussa ei vielä ole niiden automaattista poistoa.',
    'legal.privacy.retention.item6': 'Käytöstä poistetun tilin tiedot poistetaan pyynnöstä.',
    'legal.privacy.cookies.title': 'Evästeet ja selaimen tallennus',
    'legal.privacy.cookies.p1':
      'Käytämme vain kirjautumisen ja tietoturvan kannalta välttämättömiä evästeitä (istunto ja lomakkeiden suojaus). Emme käytä seuranta-, analytiikka- tai mainosevästeitä. Kielivalintasi tallennetaan selaimeesi.',
    'legal.privacy.rights.title': 'Oikeutesi',
    'legal.privacy.rights.p1':
      'Voit tarkastaa tietosi ja korjata niitä profiilissasi. Voit pyytää tietojesi poistamista, käsittelyn rajoittamista tai tietojesi siirtämistä, ja vastustaa käsittelyä; lähetä pyyntö rekisterinpitäjälle. Voit kieltäytyä muista kuin tiliäsi koskevista sähköposteista profiilissasi. Palvelussa ei tehdä automaattisia päätöksiä.',
    'legal.privacy.rights.p2':
      'Jos katsot, että tietojasi käsitellään lainvastaisesti, voit tehdä valituksen tietosuojavaltuutetun toimistolle (tietosuoja.fi).',
  },
  en: {
    'legal.updated': 'Updated 3 December 2026.',
    'legal.contact.controller': 'Controller',
    'legal.contact.provider': 'Provider of the service',
    'legal.contact.address': 'Address',
    'legal.contact.email': 'E-mail',
    'legal.contact.dpo': 'Data protection officer',
    'legal.contact.authority': 'Supervisory authority',
    'legal.contact.web': 'Website',
    'legal.contact.phone': 'Telephone (switchboard)',

    'legal.accessibility.title': 'Accessibility statement',
    'legal.accessibility.intro':
      'This accessibility statement covers the Kotopaikka online service, provided by {organisation}. We aim for the service to meet the requirements of the Finnish Act on the Provision of Digital Services (306/2019) and levels A and AA of the WCAG 2.1 guidelines.',
    'legal.accessibility.status.title': 'Compliance status',
    'legal.accessibility.status.p1':
      'The service partially meets the accessibility requirements. We know of the shortcomings listed below and are fixing them.',
    'legal.accessibility.known.title': 'Content that is not accessible yet',
    'legal.accessibility.known.p1': 'The following do not meet the requirements yet:',
    'legal.accessibility.known.item1':
      'Course videos and attachments come from content authors. A video can be given captions and a transcript, but they are not required, so not every video has them (WCAG 1.2.2, 1.2.3), and the accessibility of attachments such as PDFs is not checked (WCAG 1.1.1, 1.3.1).',
    'legal.accessibility.known.item2':
      'The course certificate PDF is not a tagged PDF, so a screen reader does not recognise its headings and structure (WCAG 1.3.1). The same facts are on the certificate verification page in an accessible form.',
    'legal.accessibility.known.item3':
      'When a course text is missing in the chosen language and shown in another, its language is not marked, so a screen reader may pronounce it wrongly (WCAG 3.1.2). The page does say that some content is in another language.',
    'legal.accessibility.known.item4':
      'The service has not been tested systematically with screen readers (NVDA, JAWS, VoiceOver) or voice control, so it may have problems there that automated tests do not find.',
    'legal.accessibility.known.item5':
      'Parts of the service still to come, such as peer mentoring and online sessions, will be assessed when they are taken into use.',
    'legal.accessibility.prepared.title': 'How this statement was prepared',
    'legal.accessibility.prepared.p1':
      'This statement was prepared on 27 November 2026 and updated on 3 December 2026. It is based on the provider’s own assessment: with every change the pages are tested automatically (axe-core), logging in with the keyboard, and the training pages also on a 320-pixel-wide screen.',
    'legal.accessibility.prepared.p2': 'No external accessibility audit has been made yet.',
    'legal.accessibility.feedback.title': 'Feedback and contact information',
    'legal.accessibility.feedback.p1':
      'Did you notice an accessibility problem, or do you need content that is not accessible in another form? Please tell us. We answer within 14 days.',
    'legal.accessibility.enforcement.title': 'Enforcement',
    'legal.accessibility.enforcement.p1':
      'If you notice accessibility problems in the service, first give feedback to us. If you are not satisfied with the answer, or get no answer within two weeks, you can notify the Finnish Transport and Communications Agency Traficom.',
    'legal.accessibility.enforcement.p2':
      'Traficom’s website explains how to make a notification and how it is handled.',

    'legal.privacy.title': 'Privacy notice',
    'legal.privacy.intro':
      'Kotopaikka is a learning and peer mentoring service for the immigration work of municipalities in Central Finland. As the EU General Data Protection Regulation (articles 13 and 14) requires, this notice tells what data about you is processed, why and for how long.',
    'legal.privacy.controller.title': 'Controller and contact information',
    'legal.privacy.controller.p1':
      'The controller is {organisation}. Send questions and requests about your data to the address below or to the data protection officer.',
    'legal.privacy.data.title': 'What data we process',
    'legal.privacy.data.p1': 'We process only the data that using the service needs:',
    'legal.privacy.data.item1':
      'account data: name, e-mail address, role, audience, municipality and organisation, language, e-mail notification settings and a hash of your password (the password itself is not stored)',
    'legal.privacy.data.item2':
      'learning data: enrollments, lessons done, quiz answers and results, answers to reflection prompts, and course certificates',
    'legal.privacy.data.item3': 'files and texts that content authors upload to courses',
    'legal.privacy.data.item4': 'session data: time of login, time of last use and the browser’s identification string',
    'legal.privacy.data.item5':
      'logs: e-mails the service has sent and administrative actions (who changed what, and when)',
    'legal.privacy.data.item6': 'notifications the service shows you',
    'legal.privacy.sources.title': 'Where the data comes from',
    'legal.privacy.sources.p1':
      'Your basic account data comes from the municipal coordinator or administrator who invites you. The rest arises as you use the service.',
    'legal.privacy.purpose.title': 'Purposes and legal basis',
    'legal.privacy.purpose.p1': 'We process the data for these purposes:',
    'legal.privacy.purpose.item1':
      'running the training, peer mentoring and sessions, and issuing certificates – a task carried out in the public interest (GDPR article 6(1)(e))',
    'legal.privacy.purpose.item2':
      'following the municipalities’ immigration work: decision-makers and coordinators see their own area’s figures without names – a task in the public interest (article 6(1)(e))',
    'legal.privacy.purpose.item3':
      'statistics for the project’s funder, reported without names – the controller’s legal obligation (article 6(1)(c))',
    'legal.privacy.purpose.item4':
      'the security of the service: sessions, limits on login attempts and the log of administrative actions (article 6(1)(e) and article 32)',
    'legal.privacy.recipients.title': 'Who sees the data',
    'legal.privacy.recipients.p1': 'Only those whose task requires it see your data:',
    'legal.privacy.recipients.item1': 'the coordinators of your municipality and the service’s administrators',
    'legal.privacy.recipients.item2':
      'your employer’s contact person sees the enrollments of their own organisation’s people',
    'legal.privacy.recipients.item3':
      'your municipality’s decision-makers see the municipality’s figures without names',
    'legal.privacy.recipients.item4':
      'e-mails are delivered through the e-mail service the platform uses. The data is not disclosed to others or transferred outside the EU or EEA.',
    'legal.privacy.retention.title': 'How long the data is kept',
    'legal.privacy.retention.p1': 'Retention times in this service:',
    'legal.privacy.retention.item1':
      'A session ends after {idleMinutes} minutes without use, or {absoluteHours} hours after login at the latest, and ended sessions are deleted within an hour.',
    'legal.privacy.retention.item2':
      'An invitation link is valid for {invitationDays} days and a password reset link for {resetHours} hour(s). Used, revoked and expired links are deleted {spentDays} days later.',
    'legal.privacy.retention.item3': 'Counters of login attempts are short-lived and expire by themselves.',
    'legal.privacy.retention.item4':
      'Account and learning data and certificates are kept as long as the account exists, so that you can go on learning and a certificate can be verified.',
    'legal.privacy.retention.item5':
      'The mail log and the log of administrative actions are kept until further notice; the service does not delete them automatically yet.',
    'legal.privacy.retention.item6': 'A deactivated account’s data is deleted on request.',
    'legal.privacy.cookies.title': 'Cookies and browser storage',
    'legal.privacy.cookies.p1':
      'We use only the cookies that logging in and security need (the session and form protection). We use no tracking, analytics or advertising cookies. Your language choice is stored in your browser.',
    'legal.privacy.rights.title': 'Your rights',
    'legal.privacy.rights.p1':
      'You can check and correct your data in your profile. You can ask for your data to be erased, for its processing to be restricted or for it to be transferred, and object to the processing; send the request to the controller. You can opt out of e-mails other than those about your account in your profile. The service makes no automated decisions.',
    'legal.privacy.rights.p2':
      'If you consider that your data is processed unlawfully, you can complain to the Office of the Data Protection Ombudsman (tietosuoja.fi).',
  },
} satisfies FeatureDictionary;
