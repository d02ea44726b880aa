import type { SeedCourse } from './course-seed.types';

export const employersCourse: SeedCourse = {
  slug: 'recruiting-and-onboarding-immigrant-employees',
  title: {
    fi: 'Maahan muuttaneen työntekijän rekrytointi ja perehdytys',
    en: 'Recruiting and onboarding immigrant employees',
  },
  summary: {
    fi: 'Käytännön kurssi työnantajille, esihenkilöille ja perehdyttäjille: reilu rekrytointi, oikeus tehdä työtä, työssä tarvittavat kortit, selkeä ja kielitietoinen perehdytys, ensimmäisten viikkojen suunnitelma sekä yhdenvertainen työyhteisö.',
    en: 'A practical course for employers, supervisors and workmates who induct new staff: fair recruitment, the right to work, the cards needed at work, clear and language-aware induction, a plan for the first weeks, and an equal workplace community.',
  },
  estimatedMinutes: 70,
  audiences: ['employer', 'onboarding_staff'],
  modules: [
    {
      title: { fi: 'Rekrytointi', en: 'Recruitment' },
      lessons: [
        {
          title: {
            fi: 'Rekrytointikanavat ja reilu rekrytointi',
            en: 'Recruitment channels and fair recruitment',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Mistä osaajat löytyvät

Moni työnantaja etsii tekijöitä samoista kanavista kuin aina ennenkin ja ihmettelee, miksi hakijoita ei ole. Maahan muuttaneet työnhakijat löytyvät usein muualta. Hyviä kanavia ovat esimerkiksi

- **työllisyysalueen palvelut**, jotka auttavat ilmoituksen laatimisessa, etsivät sopivia työnhakijoita ja kertovat rekrytointikoulutuksesta ja palkkatuesta
- **ammatilliset oppilaitokset**, joiden opiskelijat tarvitsevat työpaikalla tapahtuvan oppimisen paikkoja ja joista voi löytyä oppisopimusopiskelija
- **kotoutumiskoulutus**, johon kuuluu usein työelämäjakso: se on matalan kynnyksen tapa tutustua puolin ja toisin
- **EURES-palvelu** EU- ja ETA-maista rekrytoitaessa
- **omat työntekijät ja paikalliset yhteisöt**, sillä suositukset kulkevat verkostoissa tehokkaasti.

Jos käytät kansainvälistä rekrytointiyritystä, varmista, että se toimii vastuullisesti: työntekijältä ei peritä rekrytointimaksuja, ja hän tietää etukäteen todelliset työehdot, palkan ja asumisen kustannukset.

## Reilu rekrytointi

Yhdenvertaisuuslaki kieltää syrjinnän muun muassa alkuperän, kansalaisuuden ja kielen perusteella. Käytännössä reilu rekrytointi tarkoittaa seuraavaa:

- **Kirjoita ilmoitus selkeästi.** Kerro, mitä työssä oikeasti tehdään, ja vältä lyhenteitä ja alan sisäistä slangia.
- **Määrittele kielitaitovaatimus työn mukaan.** Kysy, mitä kieltä työssä oikeasti tarvitaan. Vaatimus ”erinomainen suomen kielen taito” karsii hakijoita, jotka pärjäisivät työssä hyvin.
- **Arvioi osaamista, älä aksenttia.** Lyhyt käytännön työnäyte kertoo usein enemmän kuin sujuva puhe haastattelussa.
- **Haastattele selkeästi.** Kysy yksi asia kerrallaan ja anna aikaa vastata.

## Kerro myös arjesta

Pienellä paikkakunnalla työpaikan vastaanottaminen riippuu usein asumisesta ja kulkemisesta. Kerro rehellisesti jo haastattelussa, onko työpaikalle julkista liikennettä, tarvitaanko ajokortti, millaisia vuokra-asuntoja on tarjolla ja millaisia vuorot ovat. Silloin työntekijä voi suunnitella perheensä arjen, eikä kumpikaan osapuoli pety ensimmäisten viikkojen aikana.

## Esimerkki: palvelukoti Saarijärvellä

Saarijärveläinen yksityinen palvelukoti ei ole saanut hoiva-avustajia perinteisellä ilmoituksella. Johtaja ottaa yhteyttä työllisyysalueeseen ja ammatilliseen oppilaitokseen. Ilmoitus kirjoitetaan uudelleen selkokielellä, ja kielitaitovaatimukseksi kirjataan ”arjen suomen kieli, jota opiskellaan lisää työn ohessa”. Haastatteluun sisältyy lyhyt tutustuminen osastolla. Kaksi kotoutumiskoulutuksen opiskelijaa aloittaa työelämäjakson, ja toisen kanssa sovitaan oppisopimuksesta.`,
                en: `## Where to find skilled people

Many employers look for workers in the same channels as always and wonder why there are no applicants. Immigrant jobseekers are often found elsewhere. Good channels include

- **the employment area's services**, which help write the job advertisement, look for suitable jobseekers and tell you about recruitment training and pay subsidy
- **vocational education providers**, whose students need places for learning at work and among whom you may find an apprentice
- **integration training**, which often includes a work-life period: a low-threshold way for both sides to get to know each other
- **the EURES service** when recruiting from EU and EEA countries
- **your own employees and local communities**, because recommendations travel effectively through networks.

If you use an international recruitment company, make sure it acts responsibly: no recruitment fees are charged to the worker, and the worker knows in advance the real terms of employment, pay and cost of housing.

## Fair recruitment

The Non-discrimination Act prohibits discrimination on grounds such as origin, nationality and language. In practice fair recruitment means the following:

- **Write the advertisement clearly.** Say what the job really involves, and avoid abbreviations and in-house jargon.
- **Set the language requirement according to the job.** Ask what language is actually needed in the work. A requirement of "excellent Finnish" screens out applicants who would manage the job well.
- **Assess skills, not accent.** A short practical work sample often tells more than fluent talk in an interview.
- **Interview clearly.** Ask one thing at a time and give time to answer.

## Talk about everyday life too

In a small town, accepting a job often depends on housing and transport. Say honestly already in the interview whether there is public transport to the workplace, whether a driving licence is needed, what kind of rental housing is available and what the shifts are like. Then the employee can plan their family's everyday life, and neither side is disappointed during the first weeks.

## Example: a care home in Saarijärvi

A private care home in Saarijärvi has not found care assistants with a traditional advertisement. The director contacts the employment area and a vocational college. The advertisement is rewritten in plain language, and the language requirement becomes "everyday Finnish, which you will continue to study alongside the work". The interview includes a short visit to the ward. Two students from integration training begin a work-life period, and an apprenticeship is agreed with one of them.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Lue oman työpaikkasi viimeisin työpaikkailmoitus. Mitä kieltä työssä oikeasti tarvitaan, ja vastaako ilmoituksen vaatimus sitä?',
                en: 'Read the latest job advertisement from your own workplace. What language is really needed in the job, and does the requirement in the advertisement match it?',
              },
            },
          ],
        },
        {
          title: {
            fi: 'Oleskelulupa ja oikeus tehdä työtä',
            en: 'Residence permits and the right to work',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Tärkeä huomautus ensin

Tämä oppitunti antaa yleiskuvan, ei oikeudellista neuvontaa. Oleskelua ja työntekoa koskevat säännöt muuttuvat usein, ja jokainen tilanne on yksilöllinen. Tarkista ajantasaiset tiedot aina Maahanmuuttovirastosta (Migri) ja kysy tarvittaessa neuvoa työllisyysalueen palveluista.

## Oikeus tehdä työtä riippuu henkilön asemasta

Yleisesti ottaen tilanteita on monenlaisia:

- **EU- ja ETA-maiden sekä Pohjoismaiden kansalaisilla** on vapaa oikeus tehdä työtä Suomessa. Pidempää oleskelua varten he rekisteröivät oleskeluoikeutensa.
- **Oleskeluluvalla Suomessa asuvilla** oikeus tehdä työtä riippuu luvan tyypistä. Osa luvista antaa rajoittamattoman oikeuden, osa on sidottu tiettyyn ammattialaan, ja opiskelijan työntekoa voi olla rajoitettu.
- **Tilapäistä suojelua saavilla** on oikeus tehdä työtä.
- **Turvapaikanhakijalla** voi olla rajoitettu oikeus tehdä työtä tietyn odotusajan jälkeen.

Kun rekrytoit työntekijän ulkomailta, hän hakee yleensä työntekijän oleskelulupaa. Työnantaja antaa hakemukseen tietoja työsuhteesta, ja osassa tapauksista viranomainen arvioi myös, onko työhön saatavilla työvoimaa Suomesta. Käsittelyajat vaihtelevat, joten varaa aikaa.

## Työnantajan velvollisuudet yleisellä tasolla

- Tarkista ennen työn alkua, että työntekijällä on oikeus tehdä työtä. Katso esimerkiksi oleskelulupakortti tai muu asiakirja.
- Säilytä tieto työntekijän oikeudesta tehdä työtä koko työsuhteen ajan.
- Ilmoita tarvittavat tiedot luottamusmiehelle tai luottamusvaltuutetulle.
- Noudata samoja työehtoja kuin muillekin työntekijöille: palkka, työaika ja muut ehdot määräytyvät lain ja työehtosopimuksen mukaan.
- Seuraa luvan voimassaoloa ja muistuta työntekijää jatkoluvan hakemisesta ajoissa.

## Reilu kohtelu suojaa molempia

Älä koskaan pidä työntekijän passia tai oleskelulupakorttia itselläsi, vaikka tarkoitus olisi hyvä. Työperäinen hyväksikäyttö, kuten alipalkkaus tai asiakirjojen haltuun ottaminen, on vakava rikos, ja työsuojeluviranomainen valvoo ulkomaisen työvoiman käyttöä. Kerro työntekijälle avoimesti, mitä työnantaja tekee lupaprosessissa ja mistä hän saa itse lisätietoa omalla kielellään.

## Esimerkki: sahan kesätyöntekijä

Viitasaarelainen saha aikoo palkata opiskelijan, jolla on opiskelijan oleskelulupa. Henkilöstövastaava tarkistaa Migrin sivuilta, kuinka paljon opiskelija saa tehdä töitä lukukauden aikana ja loma-aikoina, ja kirjaa luvan päättymispäivän kalenteriin. Epäselvästä kohdasta hän kysyy työllisyysalueen yritysneuvojalta ennen työsopimuksen allekirjoittamista.`,
                en: `## An important note first

This lesson gives a general overview, not legal advice. The rules on residence and work change often, and every situation is individual. Always check up-to-date information from the Finnish Immigration Service (Migri), and where necessary ask the employment area's services for advice.

## The right to work depends on the person's status

Generally speaking, there are many kinds of situations:

- **Citizens of EU and EEA countries and the Nordic countries** have a free right to work in Finland. For a longer stay they register their right of residence.
- **For people living in Finland with a residence permit**, the right to work depends on the type of permit. Some permits give an unrestricted right, some are tied to a particular occupational field, and a student's working hours may be restricted.
- **People under temporary protection** have the right to work.
- **An asylum seeker** may have a limited right to work after a certain waiting period.

When you recruit an employee from abroad, they usually apply for a residence permit for an employed person. The employer provides information about the employment relationship for the application, and in some cases the authorities also assess whether labour for the job is available in Finland. Processing times vary, so allow time.

## The employer's obligations in general terms

- Before work starts, check that the employee has the right to work. Look, for example, at the residence permit card or another document.
- Keep the information on the employee's right to work for the whole employment relationship.
- Give the necessary information to the shop steward or elected representative.
- Apply the same terms as to other employees: pay, working hours and other terms are set by law and the collective agreement.
- Follow the validity of the permit and remind the employee to apply for an extended permit in time.

## Fair treatment protects both sides

Never keep an employee's passport or residence permit card yourself, even with good intentions. Labour exploitation, such as underpayment or taking someone's documents, is a serious crime, and the occupational safety and health authority supervises the use of foreign labour. Tell the employee openly what the employer does in the permit process and where they can get more information themselves in their own language.

## Example: a summer worker at a sawmill

A sawmill in Viitasaari plans to hire a student who has a student residence permit. The HR coordinator checks on Migri's website how much the student may work during term time and holidays, and marks the permit's expiry date in the calendar. About one unclear point, they ask the employment area's business adviser before the employment contract is signed.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Miten työpaikallasi varmistetaan, että oleskeluluvan voimassaolo ei pääse yllättämään? Kuka asiasta vastaa?',
                en: 'How does your workplace make sure that the expiry of a residence permit does not come as a surprise? Who is responsible for it?',
              },
            },
          ],
        },
      ],
    },
    {
      title: { fi: 'Työssä tarvittavat kortit', en: 'Cards needed at work' },
      lessons: [
        {
          title: { fi: 'Hygieniapassi', en: 'The hygiene passport' },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Kuka tarvitsee hygieniapassin

Hygieniapassi on todistus elintarvikehygienian osaamisesta. Sitä tarvitsee henkilö, joka käsittelee työssään pakkaamattomia, helposti pilaantuvia elintarvikkeita elintarvikehuoneistossa. Tällaisia työpaikkoja ovat esimerkiksi

- ravintolat, kahvilat ja pizzeriat
- koulujen, päiväkotien ja palvelukotien keittiöt
- kauppojen palvelutiskit sekä leipomot
- elintarviketeollisuuden tuotantolinjat, joilla tuote käsitellään pakkaamattomana.

Jos työntekijä esimerkiksi vain siivoaa tai tarjoilee valmiiksi pakattuja tuotteita, passia ei yleensä tarvita. Käytännössä rajanveto voi olla hankalaa, joten tarkista tilanne oman alasi ohjeista tai elintarvikevalvonnasta.

## Miten passi suoritetaan

Hygieniapassin saa, kun suorittaa hyväksytysti hygieniaosaamistestin. Testejä järjestävät Ruokaviraston hyväksymät osaamistestaajat, joita toimii eri puolilla maata, myös oppilaitoksissa. Testissä kysytään esimerkiksi mikrobeista, elintarvikkeiden säilyttämisestä, puhtaanapidosta, omavalvonnasta ja lainsäädännöstä.

Testin voi suorittaa useilla kielillä, ja tarvittaessa voi kysyä erityisjärjestelyistä, kuten suullisesta testistä. Kysy vaihtoehdot testaajalta etukäteen. Työntekijällä on oltava passi viimeistään kolmen kuukauden kuluessa työn aloittamisesta, ja siihen asti työnantajan on huolehdittava, että hän osaa toimia hygieenisesti.

## Työnantajan rooli

- Kerro jo rekrytointivaiheessa, tarvitaanko työssä hygieniapassia.
- Ohjaa työntekijä valmistautumaan: Ruokaviraston sivuilla on opiskelumateriaalia ja harjoituskysymyksiä, ja monet oppilaitokset järjestävät valmennuksia.
- Sovi, kuka maksaa testin. Moni työnantaja maksaa sen.
- Näytä käytännössä, miten omavalvonta, lämpötilojen seuranta ja käsienpesu omassa keittiössä toimivat.
- Säilytä kopio todistuksesta, sillä valvoja voi pyytää nähdä sen.

## Passi ei yksin riitä

Hygieniapassi osoittaa perusosaamisen, mutta jokaisella keittiöllä on omat käytäntönsä. Palvelukodeissa ja päiväkodeissa erityisruokavaliot ja allergiat ovat asioita, joissa väärinkäsitys voi olla vaarallinen. Merkitse erityisruokavaliot selkeästi kuvin ja värikoodein, ja varmista, että uusi työntekijä osaa lukea tuotteiden ainesosaluettelot tai tietää, keneltä kysyä.

## Esimerkki: palvelukodin keittiö Äänekoskella

Palvelukodin keittiöön tulee uusi työntekijä, joka on tehnyt ravintolatyötä kotimaassaan mutta ei vielä lue suomea sujuvasti. Keittiön esihenkilö etsii testaajan, jolla testin voi tehdä englanniksi, ja työntekijä harjoittelee kysymyksiä työvuorojen välissä. Sillä välin kokenut kokki näyttää keittiön omavalvontakäytännöt ja lämpötilojen kirjaamisen. Testi menee läpi toisella viikolla.`,
                en: `## Who needs a hygiene passport

A hygiene passport is a certificate of proficiency in food hygiene. It is needed by anyone who handles unpackaged, easily perishable foods in food premises as part of their work. Such workplaces include

- restaurants, cafés and pizzerias
- kitchens of schools, day-care centres and care homes
- service counters in shops, and bakeries
- food industry production lines where the product is handled unpackaged.

If an employee, for example, only cleans or serves products that are already packaged, a passport is usually not needed. In practice the line can be hard to draw, so check the situation in the guidance for your sector or with the food control authority.

## How to get the passport

A hygiene passport is granted when a person passes the hygiene proficiency test. The tests are organised by proficiency testers approved by the Finnish Food Authority (Ruokavirasto), who work around the country, including in educational institutions. The test covers, for example, microbes, food storage, cleaning, in-house control and legislation.

The test can be taken in several languages, and special arrangements, such as an oral test, can be asked for when needed. Ask the tester about the options in advance. An employee must have the passport within three months of starting work, and until then the employer must make sure that they know how to work hygienically.

## The employer's role

- Say already when recruiting whether the job requires a hygiene passport.
- Guide the employee in preparing: the Finnish Food Authority's website has study material and practice questions, and many educational institutions organise preparation courses.
- Agree on who pays for the test. Many employers pay for it.
- Show in practice how in-house control, temperature monitoring and hand washing work in your own kitchen.
- Keep a copy of the certificate, because an inspector may ask to see it.

## The passport alone is not enough

A hygiene passport shows basic proficiency, but every kitchen has its own practices. In care homes and day-care centres, special diets and allergies are matters where a misunderstanding can be dangerous. Mark special diets clearly with pictures and colour codes, and make sure that a new employee can read the ingredient lists on products or knows whom to ask.

## Example: a care home kitchen in Äänekoski

A new employee starts in the kitchen of a care home. They have done restaurant work in their home country but do not yet read Finnish fluently. The kitchen supervisor finds a tester with whom the test can be taken in English, and the employee practises the questions between shifts. Meanwhile an experienced cook shows the kitchen's in-house control practices and how temperatures are recorded. The test is passed in the second week.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Mitkä tehtävät työpaikallasi vaativat hygieniapassin? Miten tuet työntekijää, joka tekee testin muulla kuin äidinkielellään?',
                en: 'Which tasks at your workplace require a hygiene passport? How do you support an employee who takes the test in a language other than their mother tongue?',
              },
            },
          ],
        },
        {
          title: {
            fi: 'Työturvallisuuskortti, tulityökortti ja ensiapu',
            en: 'Occupational safety card, hot work card and first aid',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Turvallisuus on yhteinen kieli

Työturvallisuus on asia, jossa väärinkäsitykset voivat olla vaarallisia. Siksi monilla aloilla edellytetään koulutusta, josta saa kortin. Kortit eivät korvaa työnantajan omaa perehdytystä, mutta ne antavat yhteisen perustan.

## Työturvallisuuskortti

Työturvallisuuskortti on tarkoitettu erityisesti yhteisille työpaikoille, joilla useamman yrityksen työntekijät työskentelevät samaan aikaan, kuten rakennustyömaille ja teollisuuslaitoksiin. Korttikoulutus on yleensä yhden päivän mittainen, ja kortti on voimassa viisi vuotta. Moni pääurakoitsija ja tehdasalue edellyttää korttia kaikilta alueella työskenteleviltä. Koulutuksia järjestetään suomen lisäksi useilla muilla kielillä.

## Tulityökortti

Tulityöllä tarkoitetaan työtä, jossa syntyy kipinöitä tai käytetään liekkiä tai muuta lämpöä, esimerkiksi hitsausta, polttoleikkausta, kulmahiomakoneella hiomista tai kattotöitä. Kun tulitöitä tehdään tilapäisellä tulityöpaikalla, tekijällä on yleensä oltava tulityökortti. Vaatimus tulee vakuutusyhtiöiden suojeluohjeista. Koulutus kestää päivän ja sisältää käytännön sammutusharjoituksen, ja kortti on voimassa viisi vuotta. Lisäksi kullekin työlle tarvitaan kohteen tulityölupa.

## Ensiapu

Työpaikalla on oltava riittävä ensiapuvalmius. Moni työnantaja kouluttaa osan henkilöstöstä ensiapukursseilla, joita järjestää esimerkiksi Suomen Punainen Risti. Maahan muuttaneen työntekijän kanssa kannattaa harjoitella myös

- hätänumero 112 ja se, miten työpaikan osoite kerrotaan
- missä ensiapulaukku, sammutin ja hätäuloskäynnit ovat
- kenelle tapaturmasta ilmoitetaan.

## Työnantajan muistilista

- Selvitä ennen työn alkua, mitkä kortit tehtävässä tarvitaan.
- Sovi koulutuksen ajankohdasta ja kustannuksista. Koulutus on usein työaikaa.
- Etsi koulutus kielellä, jota työntekijä ymmärtää, tai varaa tulkki.
- Kirjaa korttien voimassaolo ja muistuta päivityksestä ajoissa.

## Muut pätevyydet

Alan mukaan tarvitaan muitakin pätevyyksiä. Tienvarsitöissä vaaditaan usein tieturvakortti, kuljetusalalla ammattipätevyys, ja trukin kuljettajalla on oltava työnantajan kirjallinen lupa koulutuksen jälkeen. Ulkomainen ajokortti tai ammattipätevyys ei aina kelpaa Suomessa sellaisenaan, joten tarkista asia ajoissa ennen kuin työvuorot on suunniteltu sen varaan.

## Esimerkki: konepajan hitsaaja

Jämsäläinen konepaja palkkaa kokeneen hitsaajan, joka on tehnyt työtä kotimaassaan vuosia. Asiakkaan tehdasalueella vaaditaan sekä työturvallisuus- että tulityökortti. Esihenkilö varaa englanninkieliset koulutukset ennen ensimmäistä asennuskeikkaa ja käy tehdasalueen turvallisuusohjeet läpi kuvien avulla.`,
                en: `## Safety is a shared language

Occupational safety is an area where misunderstandings can be dangerous. That is why many sectors require training that leads to a card. The cards do not replace the employer's own induction, but they give a shared foundation.

## Occupational safety card

The occupational safety card (työturvallisuuskortti) is meant especially for shared workplaces, where employees of several companies work at the same time, such as construction sites and industrial plants. The training usually takes one day, and the card is valid for five years. Many main contractors and factory sites require the card from everyone working in the area. Training is offered in several languages besides Finnish.

## Hot work card

Hot work means work that produces sparks or uses a flame or other heat, for example welding, flame cutting, grinding with an angle grinder or roofing work. When hot work is done at a temporary hot work site, the worker usually needs a hot work card (tulityökortti). The requirement comes from insurance companies' safety guidelines. The training takes a day and includes a practical extinguishing exercise, and the card is valid for five years. In addition, each job needs a hot work permit for the site.

## First aid

A workplace must have adequate first aid preparedness. Many employers train part of their staff on first aid courses, organised for example by the Finnish Red Cross. With an immigrant employee it is also worth practising

- the emergency number 112 and how to give the workplace address
- where the first aid kit, the fire extinguisher and the emergency exits are
- to whom an accident is reported.

## The employer's checklist

- Before work starts, find out which cards the task requires.
- Agree on the timing and cost of the training. Training is often counted as working time.
- Find training in a language the employee understands, or book an interpreter.
- Record the validity of the cards and remind people of renewal in time.

## Other qualifications

Depending on the sector, other qualifications are needed too. Roadside work often requires a road safety card, transport requires a professional competence qualification, and a forklift driver must have the employer's written permission after training. A foreign driving licence or professional qualification is not always valid in Finland as such, so check the matter in good time, before shifts are planned around it.

## Example: a welder at an engineering workshop

An engineering workshop in Jämsä hires an experienced welder who has worked for years in their home country. At the customer's factory site both an occupational safety card and a hot work card are required. The supervisor books training in English before the first installation job and goes through the factory site's safety instructions with the help of pictures.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Tee lista korteista ja pätevyyksistä, joita työpaikkasi tehtävissä tarvitaan. Onko uudella työntekijällä mahdollisuus suorittaa ne kielellä, jota hän ymmärtää?',
                en: 'Make a list of the cards and qualifications needed for the tasks at your workplace. Can a new employee complete them in a language they understand?',
              },
            },
          ],
        },
      ],
    },
    {
      title: {
        fi: 'Perehdytys ja työyhteisö',
        en: 'Induction and the workplace community',
      },
      lessons: [
        {
          title: {
            fi: 'Selkeä ja kielitietoinen perehdytys',
            en: 'Clear and language-aware induction',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Kieli on osa jokaista työtehtävää

Kielitietoinen perehdytys tarkoittaa, että perehdyttäjä huomaa, miten paljon työssä tarvitaan kieltä, ja tukee sen oppimista työn lomassa. Uusi työntekijä ei opi suomea vain kielikurssilla vaan myös jokaisessa työvuorossa. Hyvin suunniteltu perehdytys nopeuttaa sekä työn että kielen oppimista.

## Puhu selkeästi

Selkokieli on suomen kielen muoto, joka on mukautettu helpommaksi ymmärtää. Perehdytyksessä ei tarvitse osata selkokieltä täydellisesti, mutta sen periaatteista on paljon apua:

- Käytä lyhyitä lauseita ja tuttuja sanoja. Sano ”pese kädet” eikä ”muistathan käsihygienian”.
- Kerro yksi asia kerrallaan ja oikeassa järjestyksessä.
- Vältä murretta, slangia ja sanontoja. ”Ei oo kiirettä, ota iisisti” voi olla hämmentävä ilmaus.
- Puhu rauhallisesti, mutta älä huuda tai puhu lapsenomaisesti.
- Toista tärkeät sanat samassa muodossa. Jos kone on tänään ”linjasto”, älä kutsu sitä huomenna ”pätkäsahaksi”.

## Varmista ymmärtäminen

Kysymys ”ymmärsitkö?” saa lähes aina vastaukseksi ”kyllä”, koska kukaan ei halua näyttää osaamattomalta. Parempia tapoja ovat

- pyytää työntekijää **näyttämään**, miten työvaihe tehdään
- pyytää häntä **kertomaan omin sanoin**, mitä seuraavaksi tapahtuu
- kysyä avoimesti: ”Mitä teet, jos kone pysähtyy?”

## Kuvat, kirjalliset ohjeet ja työkaveri

- **Kuvat ja valokuvat** työvaiheista auttavat enemmän kuin pitkä teksti. Kuvaa oikea tapa puhelimella ja tulosta ohje seinälle.
- **Kirjalliset ohjeet** antavat mahdollisuuden palata asiaan kotona ja kääntää vaikeat sanat. Kirjoita lyhyesti ja numeroi vaiheet.
- **Sanasto**: kokoa työpaikan tärkeimmät sanat listaksi, johon työntekijä voi lisätä käännökset omalla kielellään.
- **Työkaverimentori**, eli nimetty kollega, jolta voi kysyä matalalla kynnyksellä, on usein perehdytyksen tärkein osa.

## Esimerkki: sahan linjasto

Saarijärveläisellä sahalla uusi työntekijä aloittaa lajittelulinjalla. Vuoroesihenkilö näyttää työvaiheet, pyytää sitten työntekijää tekemään ne itse ja seuraa vierestä. Koneen hätäpysäytyksestä on kuvallinen ohje suomeksi ja englanniksi. Kokenut työkaveri toimii mentorina ensimmäisen kuukauden. Viikon päästä työntekijä selittää mentorille omin sanoin, mitä tehdään, jos linjasto jumittuu.`,
                en: `## Language is part of every task

Language-aware induction means that the person giving the induction notices how much language the work requires and supports learning it alongside the work. A new employee does not learn Finnish only on a language course but also on every shift. Well-planned induction speeds up learning both the job and the language.

## Speak clearly

Plain Finnish (selkokieli) is a form of Finnish adapted to be easier to understand. You do not need to master it perfectly to give induction, but its principles help a lot:

- Use short sentences and familiar words. Say "wash your hands" rather than "please remember hand hygiene".
- Say one thing at a time and in the right order.
- Avoid dialect, slang and idioms. A relaxed "no rush, take it easy" in local speech can be confusing.
- Speak calmly, but do not shout or talk as if to a child.
- Repeat important words in the same form. If the machine is "the line" today, do not call it "the trimmer saw" tomorrow.

## Check understanding

The question "did you understand?" almost always gets the answer "yes", because nobody wants to look incompetent. Better ways are to

- ask the employee to **show** how the work step is done
- ask them to **tell in their own words** what happens next
- ask an open question: "What do you do if the machine stops?"

## Pictures, written instructions and a workmate

- **Pictures and photos** of the work steps help more than a long text. Photograph the right way of working with a phone and print the instruction on the wall.
- **Written instructions** make it possible to come back to the matter at home and translate difficult words. Write briefly and number the steps.
- **A word list**: collect the most important words of the workplace into a list to which the employee can add translations in their own language.
- **A workmate mentor**, a named colleague who can be asked without hesitation, is often the most important part of induction.

## Example: the sawmill line

At a sawmill in Saarijärvi a new employee starts on the sorting line. The shift supervisor shows the work steps and asks the employee to do them while the supervisor watches. There is an illustrated instruction for the machine's emergency stop in Finnish and English. An experienced workmate acts as a mentor for the first month. A week later the employee explains to the mentor in their own words what is done if the line jams.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Valitse yksi työpaikkasi työvaihe. Miten kertoisit sen viidellä lyhyellä lauseella ja kahdella kuvalla? Miten varmistaisit, että uusi työntekijä ymmärsi?',
                en: 'Choose one work step at your workplace. How would you explain it in five short sentences and two pictures? How would you check that a new employee understood?',
              },
            },
          ],
        },
        {
          title: {
            fi: 'Ensimmäiset viikot: perehdytyssuunnitelma',
            en: 'The first weeks: an onboarding plan',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Suunnitelma säästää aikaa

Perehdytys epäonnistuu harvoin tahallaan. Useimmiten se jää kesken, koska kiireessä kukaan ei muista, kenen vastuulla mikäkin asia on. Kirjallinen suunnitelma auttaa sekä työntekijää että työyhteisöä. Alla on runko, jota voi muokata oman työpaikan mukaan.

## Ennen ensimmäistä päivää

- Nimeä perehdyttäjä ja työkaverimentori ja kerro heille, kuka on tulossa.
- Lähetä työntekijälle selkeällä kielellä käytännön tiedot: osoite, aloitusaika, kenet tavataan, mitä otetaan mukaan ja miten paikalle pääsee.
- Varmista, että työvaatteet, avaimet, kulkukortti ja tunnukset ovat valmiina.
- Selvitä, mitä kortteja tehtävässä tarvitaan, ja varaa koulutukset.
- Kerro työyhteisölle, että uusi kollega aloittaa, ja pyydä ottamaan hänet mukaan vaikkapa kahvitauolle.

## Ensimmäinen päivä

- Ota vastaan henkilökohtaisesti ja esittele työkaverit.
- Kierrä työpaikka: taukotila, wc, pukuhuone, ensiapu, hätäuloskäynnit ja kokoontumispaikka.
- Käy läpi tärkeimmät turvallisuusasiat ja kenelle ilmoitetaan, jos jotain sattuu.
- Kerro työajoista, tauoista ja siitä, miten poissaolosta ilmoitetaan.
- Älä yritä opettaa kaikkea kerralla. Ensimmäisen päivän tavoite on, että työntekijä tietää, keneltä kysyä.

## Ensimmäinen viikko

- Tee työtä yhdessä mentorin kanssa ja lisää vastuuta vähitellen.
- Käy joka päivä lyhyesti läpi, mikä sujui ja mikä mietitytti.
- Selitä myös kirjoittamattomat säännöt, kuten kahvikassa, tauot ja miten lomatoiveet esitetään.
- Tarkista, että palkanmaksuun tarvittavat tiedot, verokortti ja pankkitili ovat kunnossa.

## Ensimmäinen kuukausi

- Pidä esihenkilön kanssa rauhallinen palautekeskustelu puolin ja toisin.
- Sovi, miten työntekijä jatkaa suomen opiskelua, esimerkiksi työnantajan tukemalla kurssilla tai työpaikan sanastolla.
- Arvioi, mitä osaamista työntekijä toi mukanaan ja voisiko sitä hyödyntää enemmän.
- Päivitä perehdytyssuunnitelma sen perusteella, mikä toimi.

## Esimerkki: kotihoito Keuruulla

Keuruulainen kotihoidon yritys huomasi, että uudet työntekijät kokivat ensimmäiset viikot raskaiksi. Esihenkilö laati yhden sivun suunnitelman edellä olevan rungon mukaan. Nyt jokaisella uudella työntekijällä on mentori, joka kulkee mukana ensimmäisten asiakaskäyntien ajan, ja viikoittainen vartin keskustelu esihenkilön kanssa. Kysymyksiä tulee aiempaa rohkeammin, ja virheet huomataan ajoissa.`,
                en: `## A plan saves time

Induction rarely fails on purpose. Most often it is left unfinished because, in the rush, nobody remembers who is responsible for what. A written plan helps both the employee and the workplace community. Below is a framework that you can adapt to your own workplace.

## Before the first day

- Name the person giving the induction and a workmate mentor, and tell them who is coming.
- Send the employee practical information in clear language: the address, the start time, whom they will meet, what to bring and how to get there.
- Make sure that workwear, keys, an access card and user accounts are ready.
- Find out which cards the task requires, and book the training.
- Tell the team that a new colleague is starting, and ask them to include the newcomer, for example on the coffee break.

## The first day

- Welcome the employee personally and introduce their colleagues.
- Tour the workplace: the break room, toilets, changing room, first aid, emergency exits and assembly point.
- Go through the most important safety matters and whom to tell if something happens.
- Explain working hours, breaks and how to report an absence.
- Do not try to teach everything at once. The goal of the first day is that the employee knows whom to ask.

## The first week

- Work together with the mentor and increase responsibility gradually.
- Every day, briefly go through what went well and what was puzzling.
- Explain the unwritten rules too, such as the coffee fund, breaks and how to ask for holiday dates.
- Check that the information needed for payroll, the tax card and the bank account are in order.

## The first month

- Hold an unhurried feedback conversation with the supervisor, in both directions.
- Agree on how the employee will continue studying Finnish, for example on a course supported by the employer or with the workplace word list.
- Assess what skills the employee brought with them and whether they could be used more.
- Update the onboarding plan on the basis of what worked.

## Example: home care in Keuruu

A home care company in Keuruu noticed that new employees found their first weeks hard. The supervisor drew up a one-page plan following the framework above. Now every new employee has a mentor who comes along on the first client visits, and a weekly fifteen-minute conversation with the supervisor. Questions are asked more readily than before, and mistakes are noticed in time.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Mikä edellä olevasta rungosta puuttuu nyt omalta työpaikaltasi? Kuka voisi ottaa sen vastuulleen seuraavan rekrytoinnin yhteydessä?',
                en: 'What in the framework above is missing from your own workplace today? Who could take responsibility for it at the next recruitment?',
              },
            },
          ],
        },
        {
          title: {
            fi: 'Monikulttuurinen työyhteisö ja syrjinnän ehkäisy',
            en: 'A multicultural workplace community and preventing discrimination',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Monimuotoisuus on voimavara, kun arki toimii

Työyhteisö, jossa on eri taustaisia ihmisiä, voi ratkaista ongelmia monipuolisemmin ja palvella erilaisia asiakkaita paremmin. Hyöty ei kuitenkaan synny itsestään. Se vaatii selkeitä pelisääntöjä, avointa keskustelua ja esihenkilöä, joka kantaa vastuunsa.

## Yhteiset pelisäännöt

Sopikaa yhdessä esimerkiksi seuraavista asioista:

- **Työkieli.** Turvallisuuteen ja työhön liittyvät asiat kerrotaan kielellä, jota kaikki ymmärtävät. Tauolla jokainen saa puhua omaa kieltään, mutta ketään ei jätetä tarkoituksella ulkopuolelle.
- **Kysyminen on sallittua.** Kysyminen on merkki huolellisuudesta, ei osaamattomuudesta.
- **Palaute annetaan asiallisesti.** Palaute koskee työtä, ei ihmisen taustaa.
- **Joustot sovitaan avoimesti.** Esimerkiksi ruokavaliot, rukousajat ja juhlapyhät voidaan usein huomioida työvuorosuunnittelussa ilman, että muiden asema heikkenee.

## Tunnista syrjintä

Yhdenvertaisuuslaki kieltää syrjinnän muun muassa alkuperän, kansalaisuuden, kielen ja uskonnon perusteella. Syrjintä ei aina ole tahallista tai näkyvää. Se voi olla

- **välitöntä**, esimerkiksi sitä, että maahan muuttanut saa aina epämieluisimmat vuorot
- **välillistä**, eli näennäisesti neutraali sääntö, joka asettaa jonkun huonompaan asemaan ilman hyväksyttävää syytä, kuten tarpeeton kielitaitovaatimus ylennyksessä
- **häirintää**, kuten toistuvia ”vitsejä” jonkun aksentista tai nimestä.

## Esihenkilön tehtävä

Kun työnantaja saa tietää häirinnästä, sen on ryhdyttävä toimiin. Esihenkilö

- puuttuu asiaan heti ja rauhallisesti, myös silloin, kun kohde ei itse valita
- kuuntelee kaikkia osapuolia ja kirjaa tapahtumat
- tekee selväksi, mikä käytös ei ole hyväksyttävää, ja seuraa tilannetta
- huolehtii, että syrjinnästä kertonut ei joudu kärsimään ilmoituksestaan.

Vähintään 30 työntekijän työnantajalla on oltava yhdenvertaisuussuunnitelma, mutta pienemmänkin työpaikan kannattaa sopia, miten syrjintään puututaan.

## Esimerkki: varasto Laukaassa

Laukaalaisen varaston työntekijät puhuvat tauoilla suomea nopeasti ja murteella, ja kaksi uutta työntekijää istuu erikseen. Eräs työntekijä alkaa kutsua toista keksityllä lempinimellä. Esihenkilö ottaa asian puheeksi heti kahden kesken ja myöhemmin koko tiimin kanssa. Tiimi sopii yhteisistä pelisäännöistä, ja taukotilaan tulee lautapeli, jota voi pelata ilman yhteistä kieltä. Muutaman viikon kuluttua porukka istuu taas samassa pöydässä.`,
                en: `## Diversity is a strength when everyday life works

A workplace community of people from different backgrounds can solve problems in more varied ways and serve different customers better. The benefit does not arise by itself, however. It takes clear ground rules, open discussion and a supervisor who takes responsibility.

## Shared ground rules

Agree together on matters such as the following:

- **Working language.** Matters of safety and work are explained in a language everyone understands. On breaks everyone may speak their own language, but nobody is deliberately left out.
- **Asking is allowed.** Asking is a sign of care, not of incompetence.
- **Feedback is given in a matter-of-fact way.** Feedback concerns the work, not the person's background.
- **Flexibility is agreed openly.** Diets, prayer times and religious holidays, for example, can often be taken into account in shift planning without weakening anyone else's position.

## Recognise discrimination

The Non-discrimination Act prohibits discrimination on grounds such as origin, nationality, language and religion. Discrimination is not always deliberate or visible. It can be

- **direct**, for example an immigrant always getting the least popular shifts
- **indirect**, meaning a seemingly neutral rule that puts someone at a disadvantage without an acceptable reason, such as an unnecessary language requirement for promotion
- **harassment**, such as repeated "jokes" about someone's accent or name.

## The supervisor's task

When the employer becomes aware of harassment, it must take action. The supervisor

- intervenes immediately and calmly, also when the target does not complain
- listens to all parties and records what happened
- makes clear what behaviour is not acceptable, and follows the situation
- makes sure that the person who reported discrimination does not suffer for it.

Employers with at least 30 employees must have an equality plan, but even a smaller workplace should agree on how discrimination is dealt with.

## Example: a warehouse in Laukaa

At a warehouse in Laukaa, employees talk fast in dialect during breaks, and two new employees sit apart. One worker starts calling one of them by a made-up nickname. The supervisor raises the matter at once in private, and later with the whole team. The team agrees on shared ground rules, and a board game that can be played without a shared language appears in the break room. A few weeks later the whole crew sits at the same table again.`,
              },
            },
            {
              kind: 'quiz',
              quiz: {
                title: {
                  fi: 'Loppukoe: rekrytointi ja perehdytys',
                  en: 'Final quiz: recruitment and onboarding',
                },
                passMarkPercent: 80,
                maxAttempts: 3,
                questions: [
                  {
                    kind: 'true_false',
                    prompt: {
                      fi: 'Jokainen palvelukodin työntekijä tarvitsee hygieniapassin tehtävistään riippumatta.',
                      en: 'Every employee of a care home needs a hygiene passport, whatever their tasks.',
                    },
                    options: [
                      {
                        text: { fi: 'Totta', en: 'True' },
                        correct: false,
                        feedback: {
                          fi: 'Ei pidä paikkaansa. Passia tarvitsevat ne, jotka käsittelevät pakkaamattomia, helposti pilaantuvia elintarvikkeita.',
                          en: 'Not correct. The passport is needed by those who handle unpackaged, easily perishable foods.',
                        },
                      },
                      {
                        text: { fi: 'Tarua', en: 'False' },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Tarve riippuu tehtävistä: esimerkiksi keittiötyöntekijä tarvitsee passin, mutta pelkkä siivous ei yleensä edellytä sitä.',
                          en: 'Correct. The need depends on the tasks: a kitchen worker, for example, needs a passport, but cleaning alone usually does not require one.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'single',
                    prompt: {
                      fi: 'Mistä työnantajan kannattaa tarkistaa ajantasainen tieto oleskeluluvista ja oikeudesta tehdä työtä?',
                      en: 'Where should an employer check up-to-date information on residence permits and the right to work?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Maahanmuuttovirastosta ja työllisyysalueen palveluista',
                          en: 'From the Finnish Immigration Service and the employment area’s services',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Säännöt muuttuvat, joten tieto kannattaa tarkistaa viranomaiselta jokaisessa tapauksessa.',
                          en: 'Correct. The rules change, so it is worth checking with the authorities in every case.',
                        },
                      },
                      {
                        text: {
                          fi: 'Toiselta työnantajalta, joka on palkannut ulkomaalaisia',
                          en: 'From another employer who has hired foreign workers',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Toisen työnantajan kokemus on arvokasta, mutta hänen tietonsa voi olla vanhentunutta tai koskea erilaista tilannetta.',
                          en: 'A peer’s experience is valuable, but their information may be out of date or concern a different situation.',
                        },
                      },
                      {
                        text: {
                          fi: 'Sosiaalisen median keskusteluryhmästä',
                          en: 'From a discussion group on social media',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Keskusteluryhmien tieto on usein epätarkkaa, eikä siihen voi vedota.',
                          en: 'No. Information in discussion groups is often inaccurate and cannot be relied on.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'multiple',
                    prompt: {
                      fi: 'Mitkä ovat hyviä tapoja varmistaa, että uusi työntekijä ymmärsi ohjeen?',
                      en: 'Which are good ways to check that a new employee understood an instruction?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Pyydetään näyttämään, miten työvaihe tehdään',
                          en: 'Asking them to show how the work step is done',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Tekeminen paljastaa heti, mikä on ymmärretty ja mikä ei.',
                          en: 'Correct. Doing reveals at once what has been understood and what has not.',
                        },
                      },
                      {
                        text: {
                          fi: 'Kysytään: ”Ymmärsitkö?”',
                          en: 'Asking: "Did you understand?"',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei riitä. Kysymykseen vastataan lähes aina ”kyllä”, vaikka asia olisi jäänyt epäselväksi.',
                          en: 'Not enough. The question is almost always answered "yes", even if the matter remained unclear.',
                        },
                      },
                      {
                        text: {
                          fi: 'Pyydetään kertomaan omin sanoin, mitä seuraavaksi tehdään',
                          en: 'Asking them to tell in their own words what is done next',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Omin sanoin kertominen näyttää, miten asia on jäsentynyt.',
                          en: 'Correct. Telling in one’s own words shows how the matter has been understood.',
                        },
                      },
                      {
                        text: {
                          fi: 'Annetaan kuvallinen kirjallinen ohje, johon voi palata',
                          en: 'Giving an illustrated written instruction to come back to',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Kirjallinen ohje tukee muistamista ja antaa mahdollisuuden kääntää vaikeat sanat.',
                          en: 'Correct. A written instruction supports memory and makes it possible to translate difficult words.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'single',
                    prompt: {
                      fi: 'Missä tilanteessa tulityökortti yleensä tarvitaan?',
                      en: 'In which situation is a hot work card usually needed?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Hitsattaessa tai hiottaessa tilapäisellä tulityöpaikalla',
                          en: 'When welding or grinding at a temporary hot work site',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Kipinöitä tai kuumuutta synnyttävä työ tilapäisellä työpaikalla edellyttää yleensä korttia.',
                          en: 'Correct. Work that produces sparks or heat at a temporary site usually requires the card.',
                        },
                      },
                      {
                        text: {
                          fi: 'Ajettaessa trukkia varastossa',
                          en: 'When driving a forklift in a warehouse',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Trukin ajamiseen tarvitaan oma perehdytys ja työnantajan lupa, mutta se ei ole tulityötä.',
                          en: 'No. Driving a forklift needs its own induction and the employer’s permission, but it is not hot work.',
                        },
                      },
                      {
                        text: {
                          fi: 'Valmistettaessa ruokaa keittiössä',
                          en: 'When preparing food in a kitchen',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Keittiötyössä tarvitaan hygieniapassi, ei tulityökorttia.',
                          en: 'No. Kitchen work needs a hygiene passport, not a hot work card.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'multiple',
                    prompt: {
                      fi: 'Mitkä asiat kuuluvat tehtäviksi ennen työntekijän ensimmäistä päivää?',
                      en: 'Which things should be done before the employee’s first day?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Nimetään työkaverimentori',
                          en: 'Naming a workmate mentor',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Mentori on valmiina ottamaan uuden kollegan vastaan.',
                          en: 'Correct. The mentor is ready to welcome the new colleague.',
                        },
                      },
                      {
                        text: {
                          fi: 'Lähetetään käytännön tiedot selkeällä kielellä',
                          en: 'Sending practical information in clear language',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Kun osoite, aika ja yhteyshenkilö ovat tiedossa, ensimmäinen aamu alkaa rauhallisesti.',
                          en: 'Correct. When the address, time and contact person are known, the first morning starts calmly.',
                        },
                      },
                      {
                        text: {
                          fi: 'Odotetaan, mitä työntekijä tarvitsee, kun hän saapuu',
                          en: 'Waiting to see what the employee needs when they arrive',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Työvaatteet, avaimet ja tunnukset on hyvä järjestää etukäteen, jotta ensimmäinen päivä ei kulu odotteluun.',
                          en: 'No. Workwear, keys and accounts should be arranged in advance so that the first day is not spent waiting.',
                        },
                      },
                      {
                        text: {
                          fi: 'Varataan tarvittavat korttikoulutukset',
                          en: 'Booking the card training that is needed',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Koulutuksiin voi olla jonoa, joten ne kannattaa varata ajoissa.',
                          en: 'Correct. There may be a queue for training, so it is worth booking early.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'true_false',
                    prompt: {
                      fi: 'Työnantaja voi vaatia erinomaista suomen kielen taitoa mihin tahansa tehtävään, vaikka työ ei sitä edellyttäisi.',
                      en: 'An employer may require excellent Finnish for any job, even if the work does not call for it.',
                    },
                    options: [
                      {
                        text: { fi: 'Totta', en: 'True' },
                        correct: false,
                        feedback: {
                          fi: 'Ei pidä paikkaansa. Kielitaitovaatimuksen on perustuttava työn todellisiin vaatimuksiin, muuten se voi olla syrjintää.',
                          en: 'Not correct. A language requirement must be based on the real demands of the job; otherwise it can be discrimination.',
                        },
                      },
                      {
                        text: { fi: 'Tarua', en: 'False' },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Tarpeeton kielitaitovaatimus voi olla välillistä syrjintää ja karsii hyviä hakijoita.',
                          en: 'Correct. An unnecessary language requirement can be indirect discrimination and screens out good applicants.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'single',
                    prompt: {
                      fi: 'Työkaveri vitsailee toistuvasti uuden kollegan aksentista. Mikä on esihenkilön paras toimintatapa?',
                      en: 'A workmate repeatedly jokes about a new colleague’s accent. What is the supervisor’s best course of action?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Odottaa, valittaako kohde itse',
                          en: 'Wait and see whether the target complains',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Moni ei uskalla valittaa, varsinkaan uudessa työpaikassa. Esihenkilön on puututtava, kun hän saa tietää asiasta.',
                          en: 'No. Many people do not dare to complain, especially in a new job. The supervisor must act once they become aware of it.',
                        },
                      },
                      {
                        text: {
                          fi: 'Puuttua heti, kuulla osapuolia ja tehdä selväksi, ettei käytös ole hyväksyttävää',
                          en: 'Intervene at once, hear the parties and make clear that the behaviour is not acceptable',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Toistuva pilkka voi olla häirintää, ja nopea puuttuminen suojaa koko työyhteisöä.',
                          en: 'Correct. Repeated mockery can be harassment, and quick intervention protects the whole workplace community.',
                        },
                      },
                      {
                        text: {
                          fi: 'Neuvoa uutta kollegaa olemaan vähemmän herkkä',
                          en: 'Advise the new colleague to be less sensitive',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Vastuu siirtyy silloin väärälle ihmiselle, eikä häiritsevä käytös lopu.',
                          en: 'No. This shifts the responsibility to the wrong person, and the harassing behaviour does not stop.',
                        },
                      },
                    ],
                  },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
};
