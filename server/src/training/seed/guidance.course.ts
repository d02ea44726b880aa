import type { SeedCourse } from './course-seed.types';

export const guidanceCourse: SeedCourse = {
  slug: 'language-aware-guidance',
  title: {
    fi: 'Kielitietoinen ohjaus työ- ja koulutuspoluille',
    en: 'Language-aware guidance to work and education paths',
  },
  summary: {
    fi: 'Kurssi työllisyys-, koulutus- ja kotoutumispalvelujen ohjaajille: kielitietoinen ohjaus, selkeä kieli ja ymmärtämisen varmistaminen, työskentely tulkin kanssa, asiakkaan tavoitteet ja vahvuudet, työ- ja koulutuspolut, ohjaus yli palvelurajojen sekä ohjauksen etiikka.',
    en: 'A course for guidance professionals in employment, education and integration services: language-aware guidance, clear language and checking understanding, working with interpreters, the client’s goals and strengths, paths to work and education, guidance across services, and the ethics of guidance.',
  },
  estimatedMinutes: 70,
  audiences: ['guidance_professional'],
  modules: [
    {
      title: {
        fi: 'Kielitietoisen ohjauksen perusta',
        en: 'Foundations of language-aware guidance',
      },
      lessons: [
        {
          title: {
            fi: 'Mitä kielitietoinen ohjaus on',
            en: 'What language-aware guidance is',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Kieli on läsnä jokaisessa ohjaustilanteessa

Ohjaus on puhumista, kuuntelemista, kirjoittamista ja lukemista. Kun asiakas puhuu suomea toisena tai kolmantena kielenään, kieli vaikuttaa siihen, mitä hän ymmärtää, mitä hän pystyy kertomaan itsestään ja miten hän voi vaikuttaa omiin asioihinsa. Kielitietoinen ohjaaja tiedostaa tämän ja muokkaa omaa toimintaansa niin, että ohjaus toimii.

Kielitietoinen ohjaus ei tarkoita sisällön yksinkertaistamista. Asiakas on oikeutettu samaan tietoon kuin kuka tahansa muu. Muuttuu vain se, miten tieto kerrotaan ja miten varmistetaan, että se on ymmärretty.

## Kielitaito ei kerro osaamisesta

Kun ihminen puhuu uutta kieltä hitaasti ja virheellisesti, häntä on helppo pitää vähemmän osaavana kuin hän on. Asiakas voi olla kokenut kirjanpitäjä, opettaja tai koneistaja, vaikka hänen suomensa on vasta alkuvaiheessa. Kielitietoinen ohjaaja erottaa kielitaidon ja ammattitaidon toisistaan.

## Mitä kielitietoinen ohjaaja tekee

- **Muokkaa omaa kieltään.** Hän käyttää selkeää kieltä ja selittää käsitteet.
- **Käyttää monta kanavaa.** Puheen tukena ovat kirjoitettu yhteenveto, kuvat, piirrokset ja konkreettiset esimerkit.
- **Hyödyntää asiakkaan kieliä.** Asiakas saa käyttää omaa kieltään, englantia tai muuta yhteistä kieltä, ja tarvittaessa varataan tulkki.
- **Tukee kielen oppimista.** Ohjaustilanne voi olla myös oppimistilanne, jossa asiakas saa tärkeät sanat kirjallisena mukaansa.
- **Tunnistaa palvelujärjestelmän kielen.** Sanat kuten työkokeilu, oppisopimus tai kotoutumissuunnitelma eivät ole itsestään selviä edes kaikille suomea äidinkielenään puhuville.

## Kieli ja valta

Virkakieli, lomakkeet ja määräajat asettavat asiakkaan helposti heikompaan asemaan. Jos asiakas ei ymmärrä velvollisuuksiaan, hän voi menettää etuuksia tai mahdollisuuksia tietämättään. Kielitietoisuus on siksi myös yhdenvertaisuutta ja oikeusturvaa.

## Esimerkki: ohjauskeskustelu Jämsässä

Työllisyyspalvelujen asiantuntija tapaa asiakkaan, joka kertoo suomeksi olleensa ”toimistossa töissä”. Ohjaaja kysyy tarkentavia kysymyksiä ja pyytää asiakasta näyttämään puhelimestaan vanhoja työtehtäviään. Käy ilmi, että asiakas on työskennellyt pitkään kirjanpitäjänä ja hallitsee useita ohjelmistoja. Ohjauksen suunta muuttuu kokonaan, kun osaaminen tulee näkyviin.`,
                en: `## Language is present in every guidance situation

Guidance is speaking, listening, writing and reading. When a client speaks Finnish as a second or third language, language affects what they understand, what they can tell about themselves and how they can influence their own affairs. A language-aware guidance professional recognises this and adapts their own way of working so that guidance works.

Language-aware guidance does not mean simplifying the content. The client is entitled to the same information as anyone else. What changes is how the information is given and how you make sure it has been understood.

## Language skills do not tell you about competence

When a person speaks a new language slowly and with mistakes, it is easy to regard them as less skilled than they are. A client may be an experienced accountant, teacher or machinist, even though their Finnish is only at an early stage. A language-aware guidance professional keeps language skills and professional skills apart.

## What a language-aware guidance professional does

- **Adapts their own language.** They use clear language and explain concepts.
- **Uses several channels.** Speech is supported by a written summary, pictures, drawings and concrete examples.
- **Makes use of the client's languages.** The client may use their own language, English or another shared language, and an interpreter is booked where needed.
- **Supports language learning.** A guidance meeting can also be a learning situation, in which the client takes the important words away in writing.
- **Recognises the language of the service system.** Words such as work trial, apprenticeship or integration plan are not self-evident even to all native speakers of Finnish.

## Language and power

Official language, forms and deadlines easily put the client in a weaker position. If a client does not understand their obligations, they may lose benefits or opportunities without knowing it. Language awareness is therefore also a matter of equality and legal protection.

## Example: a guidance meeting in Jämsä

An employment services expert meets a client who says in Finnish that they "worked in an office". The expert asks follow-up questions and asks the client to show examples of their earlier work on their phone. It turns out that the client worked for years as an accountant and knows several software packages. The direction of the guidance changes completely once the competence becomes visible.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Mitkä kolme palvelujärjestelmän sanaa käytät työssäsi eniten? Miten selittäisit ne asiakkaalle, joka kuulee ne ensimmäistä kertaa?',
                en: 'Which three words of the service system do you use most in your work? How would you explain them to a client who hears them for the first time?',
              },
            },
          ],
        },
        {
          title: {
            fi: 'Selkeä kieli ja ymmärtämisen varmistaminen',
            en: 'Clear language and checking understanding',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Selkokieli ja selkeä yleiskieli

Selkokieli on suomen kielen muoto, jonka sisältöä, sanastoa ja rakenteita on mukautettu helpommaksi. Se on tarkoitettu ihmisille, joille tavallinen yleiskieli on vaikeaa, esimerkiksi kieltä vasta opetteleville. Selkeä yleiskieli taas on hyvää viranomaiskieltä, joka palvelee kaikkia. Ohjaustyössä tarvitaan molempia: perusteksteissä selkeää yleiskieltä ja asiakkaan tilanteen mukaan selkokieltä.

## Puhu niin, että sinua on helppo ymmärtää

- Käytä lyhyitä lauseita ja kerro yksi asia kerrallaan.
- Valitse tuttu sana vaikean sijaan: ”raha, jonka saat Kelasta” on alussa selkeämpi kuin ”etuus”.
- Vältä lyhenteitä. Jos käytät sanaa kuten YKI-testi, selitä se kerran ja käytä sitä sitten aina samassa muodossa.
- Anna konkreettinen esimerkki: ”Kurssi on maanantaina ja keskiviikkona kello 9–12.”
- Puhu rauhallisesti ja pidä taukoja. Hitaampi puhe auttaa, kovempi ääni ei.
- Piirrä: aikajana tai polku paperilla näyttää, mitä tapahtuu ensin ja mitä myöhemmin.

## Varmista ymmärtäminen

Kysymys ”onko selvä?” ei kerro paljoakaan. Kohteliaisuus, väsymys tai halu päästä eteenpäin saavat monen vastaamaan myöntävästi. Toimivampia keinoja ovat

- **takaisinkerronta:** ”Jotta tiedän, että selitin hyvin, kerrotko minulle, mitä teet huomenna?”
- **avoimet kysymykset:** ”Mitä sinun pitää viedä mukanasi kurssille?”
- **tiivistelmä lopuksi:** kerrataan yhdessä tärkeimmät asiat ja seuraavat askeleet
- **kirjallinen yhteenveto selkeällä kielellä:** päivämäärät, paikat, yhteystiedot ja tehtävät numeroituna.

Takaisinkerronnassa vastuu on ohjaajalla: jos asiakas ei osaa kertoa, ohjaaja selittää uudelleen toisin sanoin.

## Puhelin ja etäohjaus

Puhelimessa ilmeet ja eleet puuttuvat, ja väärinkäsitykset jäävät helpommin huomaamatta. Puhu tavallista hitaammin, tarkista tärkeät asiat kahteen kertaan ja lähetä yhteenveto vielä viestinä. Videoyhteydessä voit näyttää lomakkeen tai kartan ruudulla.

## Esimerkki: etäohjaus Kyyjärvelle

Ohjaaja tapaa kyyjärveläisen asiakkaan videon välityksellä, koska lähin palvelupiste on kaukana. Hän jakaa ruudulla yksinkertaisen aikajanan: kielikurssi, työkokeilu ja mahdollinen koulutus. Lopuksi asiakas kertoo omin sanoin, mitä tapahtuu ensi viikolla, ja ohjaaja lähettää samat asiat lyhyenä viestinä. Asiakas voi näyttää viestin puolisolleen ja kysyä seuraavalla kerralla.`,
                en: `## Plain language and clear standard language

Plain Finnish (selkokieli) is a form of Finnish whose content, vocabulary and structures have been adapted to be easier. It is meant for people who find ordinary standard language difficult, for example those who are just learning the language. Clear standard language, on the other hand, is good official language that serves everyone. Guidance work needs both: clear standard language in basic texts, and plain language according to the client's situation.

## Speak so that you are easy to understand

- Use short sentences and say one thing at a time.
- Choose a familiar word over a difficult one: "the money you get from Kela" is clearer at first than "benefit".
- Avoid abbreviations. If you use a term such as the YKI test, explain it once and then always use it in the same form.
- Give a concrete example: "The course is on Monday and Wednesday from 9 to 12."
- Speak calmly and pause. Slower speech helps; a louder voice does not.
- Draw: a timeline or path on paper shows what happens first and what later.

## Check understanding

The question "is that clear?" does not tell you much. Politeness, tiredness or a wish to move on make many people answer yes. More effective ways are

- **teach-back:** "So that I know I explained it well, could you tell me what you will do tomorrow?"
- **open questions:** "What do you need to take with you to the course?"
- **a summary at the end:** go through the most important points and the next steps together
- **a written summary in clear language:** dates, places, contact details and tasks, numbered.

In teach-back the responsibility lies with the guidance professional: if the client cannot tell it back, the professional explains again in other words.

## Telephone and remote guidance

On the phone facial expressions and gestures are missing, and misunderstandings more easily go unnoticed. Speak more slowly than usual, check important matters twice and also send a summary as a message. In a video call you can show a form or a map on the screen.

## Example: remote guidance to Kyyjärvi

A guidance professional meets a client in Kyyjärvi by video, because the nearest service point is far away. They share a simple timeline on the screen: a language course, a work trial and possible vocational training. At the end the client tells in their own words what will happen next week, and the professional sends the same points as a short message. The client can show the message to their spouse and ask questions next time.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Kokeile takaisinkerrontaa seuraavassa asiakastapaamisessasi. Mitä huomasit? Muuttuiko tapa, jolla selitit asioita?',
                en: 'Try teach-back in your next client meeting. What did you notice? Did the way you explained things change?',
              },
            },
          ],
        },
      ],
    },
    {
      title: {
        fi: 'Asiakas, tulkki ja ohjaaja',
        en: 'The client, the interpreter and the guidance professional',
      },
      lessons: [
        {
          title: {
            fi: 'Työskentely tulkin kanssa',
            en: 'Working with interpreters',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Milloin tulkki tarvitaan

Tulkki tarvitaan, kun yhteinen kieli ei riitä asian käsittelyyn luotettavasti. Näin on erityisesti silloin, kun puhutaan asiakkaan oikeuksista ja velvollisuuksista, tehdään suunnitelmia tai päätöksiä tai käsitellään terveyttä ja perhettä. Hallintolaki velvoittaa viranomaisen huolehtimaan tulkitsemisesta muun muassa asioissa, jotka tulevat vireille viranomaisen aloitteesta. Käytännössä kannattaa kysyä asiakkaalta, millä kielellä hän haluaa asioida, ja kirjata tieto asiakastietoihin.

## Ammattitulkki, ei perheenjäsen

Perheenjäsen, ystävä tai varsinkin lapsi ei ole oikea tulkki viranomaisasioinnissa, vaikka hän puhuisi hyvää suomea. Syitä on monta:

- Läheinen ei ole puolueeton, ja hän voi tietoisesti tai tahattomasti muuttaa sanottua.
- Asiakas ei välttämättä pysty puhumaan vaikeista asioista perheenjäsenen kuullen.
- Lapsi joutuu aikuisen rooliin ja kuulee asioita, jotka eivät hänelle kuulu.
- Läheiseltä puuttuu usein palvelujärjestelmän sanasto.

Ammattitulkkia sitovat vaitiolovelvollisuus, puolueettomuus ja velvollisuus tulkata kaikki sanottu. Tulkki ei neuvo, ei jätä pois eikä lisää omiaan.

## Ennen tapaamista

- Varaa tulkki ajoissa ja varmista kieli ja tarvittaessa murre tai kielimuoto.
- Kerro tulkille etukäteen tapaamisen aihe ja kesto, mutta ei tarpeettomia henkilötietoja.
- Pienillä paikkakunnilla kysy asiakkaalta, sopiiko hänelle tulkki, jonka hän mahdollisesti tuntee. Etätulkkaus puhelimella tai videolla voi olla silloin hyvä ratkaisu.

## Tapaamisen aikana

- Puhu suoraan asiakkaalle ja katso häntä. Sano ”Mitä sinä toivot?” eikä ”Kysy häneltä, mitä hän toivoo”.
- Puhu lyhyissä jaksoissa, jotta tulkki pystyy välittämään kaiken tarkasti.
- Älä käy sivukeskusteluja tulkin kanssa. Jos niin käy, pyydä tulkkia kertomaan asiakkaalle, mistä puhuttiin.
- Varaa aikaa. Tulkattu tapaaminen kestää pidempään.

## Tapaamisen jälkeen

Tulkki ei ole kulttuurin asiantuntija eikä asiakkaan avustaja tapaamisen ulkopuolella. Jos tulkkauksessa oli ongelmia, anna palautetta tulkkauspalvelulle.

## Esimerkki: etätulkkaus Pihtiputaalla

Pihtiputaalla ohjaaja tapaa dari-kielistä asiakasta. Paikallinen tulkki on asiakkaan naapuri, joten ohjaaja varaa videotulkin toiselta paikkakunnalta. Hän kertoo tulkille aiheen etukäteen, puhuu tapaamisessa asiakkaalle suoraan ja tiivistää lopuksi sovitut asiat. Asiakas kertoo myöhemmin, että pystyi puhumaan vapaasti juuri siksi, ettei tulkki ollut tuttu.`,
                en: `## When an interpreter is needed

An interpreter is needed when a shared language is not enough to deal with the matter reliably. This is the case especially when the client's rights and obligations are discussed, plans or decisions are made, or health and family matters are dealt with. The Administrative Procedure Act obliges an authority to arrange interpretation, among other things in matters initiated by the authority. In practice it is good to ask the client in which language they wish to deal with their affairs, and to record this in the client information.

## A professional interpreter, not a family member

A family member, a friend or especially a child is not the right interpreter in dealings with the authorities, even if they speak good Finnish. There are many reasons:

- A relative is not impartial and may, knowingly or not, change what was said.
- The client may not be able to talk about difficult matters in front of a family member.
- A child is pushed into an adult's role and hears things that are not meant for them.
- A relative often lacks the vocabulary of the service system.

A professional interpreter is bound by confidentiality, impartiality and the duty to interpret everything that is said. The interpreter does not give advice, leave things out or add anything of their own.

## Before the meeting

- Book the interpreter in good time and confirm the language and, where needed, the dialect or variety.
- Tell the interpreter in advance the topic and length of the meeting, but not unnecessary personal data.
- In small towns, ask the client whether an interpreter they may know is acceptable to them. Remote interpreting by phone or video can then be a good solution.

## During the meeting

- Speak directly to the client and look at them. Say "What do you hope for?" rather than "Ask her what she hopes for".
- Speak in short segments, so that the interpreter can convey everything accurately.
- Do not have side conversations with the interpreter. If one happens, ask the interpreter to tell the client what was said.
- Allow time. An interpreted meeting takes longer.

## After the meeting

The interpreter is not a cultural expert, nor the client's assistant outside the meeting. If there were problems with the interpreting, give feedback to the interpreting service.

## Example: remote interpreting in Pihtipudas

In Pihtipudas a guidance professional meets a Dari-speaking client. The local interpreter is the client's neighbour, so the professional books a video interpreter from another town. They tell the interpreter the topic in advance, speak directly to the client in the meeting, and summarise what was agreed at the end. The client says later that they could speak freely precisely because the interpreter was not someone they knew.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Muistele tilannetta, jossa asiakkaan läheinen toimi tulkkina. Mitä tapaamisessa olisi voinut jäädä sanomatta tai ymmärtämättä?',
                en: 'Recall a situation in which a client’s relative acted as interpreter. What might have been left unsaid or misunderstood in that meeting?',
              },
            },
          ],
        },
        {
          title: {
            fi: 'Asiakkaan omat tavoitteet ja vahvuudet',
            en: 'The client’s own goals and strengths',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Asiakas on oman elämänsä asiantuntija

Ohjaus onnistuu parhaiten, kun se lähtee asiakkaan omista tavoitteista. Ohjaaja tuntee palvelut ja työmarkkinat, mutta asiakas tietää, mikä hänelle on tärkeää, mitä hän on jo tehnyt ja mitä hän on valmis tekemään. Jos suunnitelma tehdään asiakkaan puolesta, sitoutuminen jää usein heikoksi.

## Lyhyen ja pitkän aikavälin tavoitteet

Monella asiakkaalla on sekä kaukainen unelma että kiireellinen tarve. Sairaanhoitajaksi haluava voi tarvita ensin tuloja perheelleen. Ohjaajan tehtävä on auttaa näkemään, miten nämä sovitetaan yhteen: millainen työ tai opiskelu vie kohti isompaa tavoitetta ja mitä voi tehdä jo nyt.

Rehellisyys kuuluu hyvään ohjaukseen. Jos ammattiin pääseminen vaatii vuosien kieliopinnot ja tutkinnon täydentämistä, se kerrotaan selvästi, mutta samalla näytetään polku askel kerrallaan.

## Vahvuudet näkyviin

Puutteiden luettelo, kuten ”ei suomen kielen taitoa eikä suomalaista tutkintoa”, kertoo vain, mitä puuttuu. Vahvuuksiin perustuva ohjaus kysyy, mitä ihmisellä on. Kartoita esimerkiksi

- aiempi työkokemus ja tehtävät, ei pelkkä ammattinimike
- koulutus, myös keskeneräinen
- arjessa opittu osaaminen, kuten perheyrityksen pyörittäminen, rakentaminen, ompelu tai sukulaisten hoitaminen
- kielitaito: moni asiakas puhuu useita kieliä, mikä on työelämässä vahvuus
- kiinnostuksen kohteet ja se, mikä antaa voimia.

## Kysymyksiä, jotka avaavat keskustelua

- ”Mitä teit työksesi ennen Suomeen muuttoa? Millainen tavallinen työpäiväsi oli?”
- ”Missä asioissa muut pyytävät sinulta apua?”
- ”Millaista elämää toivot itsellesi viiden vuoden päästä?”
- ”Mikä on estänyt sinua tähän mennessä?”

## Koko elämäntilanne

Tavoitteisiin vaikuttavat myös perhe, terveys, asuminen ja lastenhoito. Esimerkiksi pienten lasten kanssa kotona olevat vanhemmat jäävät helposti palvelujen ulkopuolelle. Heille kannattaa kertoa vaihtoehdoista, kuten kursseista, joissa on lastenhoito, tai etäopiskelusta.

## Esimerkki: ompelimo Keuruulla

Keuruulainen asiakas kertoo aluksi vain, ettei hänellä ole ammattia. Kun ohjaaja kysyy arjesta, selviää, että hän on pyörittänyt kotimaassaan pientä ompelimoa, hoitanut asiakkaat ja kirjanpidon sekä kouluttanut kaksi työntekijää. Yhdessä he laativat suunnitelman, jossa asiakas jatkaa suomen opintoja, tutustuu tekstiilialan koulutukseen ja saa yrityspalveluista tietoa oman yrityksen perustamisesta.`,
                en: `## The client is the expert on their own life

Guidance works best when it starts from the client's own goals. The guidance professional knows the services and the labour market, but the client knows what matters to them, what they have already done and what they are ready to do. If a plan is made on the client's behalf, commitment often remains weak.

## Short-term and long-term goals

Many clients have both a distant dream and an urgent need. Someone who wants to become a nurse may first need an income for their family. The professional's task is to help see how these fit together: what kind of work or study leads towards the bigger goal, and what can be done already now.

Honesty is part of good guidance. If entering a profession requires years of language studies and supplementing a qualification, this is said clearly, but at the same time the path is shown step by step.

## Making strengths visible

A list of shortcomings, such as "no Finnish language skills and no Finnish qualification", only tells what is missing. Strengths-based guidance asks what the person has. Map, for example,

- earlier work experience and tasks, not just the job title
- education, including unfinished studies
- skills learned in everyday life, such as running a family business, building, sewing or caring for relatives
- language skills: many clients speak several languages, which is a strength in working life
- interests and what gives the person energy.

## Questions that open up the conversation

- "What did you do for work before moving to Finland? What was an ordinary working day like?"
- "In what matters do other people ask you for help?"
- "What kind of life do you hope to have in five years?"
- "What has stopped you so far?"

## The whole life situation

Goals are also affected by family, health, housing and childcare. For example, parents at home with small children are easily left outside services. It is worth telling them about options such as courses with childcare or distance learning.

## Example: a tailor's shop in Keuruu

A client in Keuruu first says only that they have no profession. When the professional asks about everyday life, it turns out that the client ran a small tailor's shop in their home country, dealt with customers and bookkeeping, and trained two employees. Together they draw up a plan in which the client continues studying Finnish, finds out about training in the textile sector and gets information from business services about starting their own company.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Ajattele yhtä asiakastasi. Mitä hänen vahvuuksistaan tiedät, ja mitä et ole vielä kysynyt?',
                en: 'Think of one of your clients. What do you know about their strengths, and what have you not asked yet?',
              },
            },
          ],
        },
      ],
    },
    {
      title: {
        fi: 'Polut, verkostot ja etiikka',
        en: 'Paths, networks and ethics',
      },
      lessons: [
        {
          title: {
            fi: 'Ohjaus työ- ja koulutuspoluille',
            en: 'Guiding to work and education paths',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Monta reittiä samaan päämäärään

Maahan muuttaneen polku työhön on harvoin suora. Siihen kuuluu usein kieliopintoja, aiemman osaamisen tunnistamista, koulutusta ja työkokemusta, osin samanaikaisesti. Ohjaajan tehtävä on auttaa asiakasta näkemään vaihtoehdot ja valitsemaan niistä hänen tilanteeseensa sopivin.

## Ulkomaisen tutkinnon tunnustaminen

- **Säännellyt ammatit**, kuten monet terveydenhuollon ja opetusalan ammatit, edellyttävät Suomessa viranomaisen päätöstä ammattioikeudesta. Prosessiin voi kuulua lisäopintoja, harjoittelua ja kielitaidon osoittamista.
- **Sääntelemättömissä ammateissa** työnantaja arvioi osaamisen itse, mutta päätös tutkinnon tasosta tai rinnastamisesta voi auttaa työnhaussa. Näistä päätöksistä vastaa Opetushallitus.
- Neuvo asiakasta kokoamaan todistukset, opintosuoritusotteet ja työtodistukset sekä tarvittaessa niiden viralliset käännökset.

Menettelyt ja viranomaisten tehtävät muuttuvat, joten tarkista ajantasainen tieto Opetushallituksen ja alan viranomaisen sivuilta.

## Kieliopinnot

Kotoutumiskoulutuksessa opiskellaan suomea tai ruotsia sekä yhteiskunta- ja työelämätaitoja. Lisäksi kieltä voi opiskella esimerkiksi kansalaisopistossa, verkossa ja työpaikalla. Yleisellä kielitutkinnolla eli YKI-testillä asiakas voi osoittaa kielitaitonsa tason. Luku- ja kirjoitustaitoa vasta opettelevalle on omia koulutuksiaan, ja perusopetuksen puuttuessa voi suorittaa aikuisten perusopetusta.

## Ammatillinen koulutus

Ammatilliseen koulutukseen voi hakea jatkuvassa haussa ympäri vuoden. Jokaiselle opiskelijalle laaditaan henkilökohtainen osaamisen kehittämissuunnitelma, jossa aiempi osaaminen voidaan tunnistaa ja tunnustaa. Tutkintokoulutukseen valmentava koulutus eli TUVA auttaa vahvistamaan kielitaitoa ja opiskeluvalmiuksia ennen tutkinto-opintoja.

## Oppisopimus

Oppisopimuskoulutuksessa opiskelija on työsuhteessa, saa palkkaa ja suorittaa tutkintoa pääosin työpaikalla. Se sopii erityisesti aikuiselle, joka tarvitsee tuloja opiskelun aikana. Onnistuminen edellyttää työnantajaa, joka on valmis ohjaamaan, sekä riittävää kielen tukea.

## Rinnakkain, ei peräkkäin

Polkua ei tarvitse kulkea vaihe kerrallaan. Työkokeilu, osa-aikatyö tai oppisopimus voi edetä kieliopintojen rinnalla, ja työpaikalla opittu kieli tukee kurssilla opittua. Kun vaiheet limittyvät, asiakas pääsee nopeammin kiinni työelämään eikä motivaatio ehdi hiipua pitkien odotusten aikana.

## Esimerkki: sairaanhoitajasta lähihoitajaksi ja takaisin

Laukaalainen asiakas on työskennellyt kotimaassaan sairaanhoitajana. Ohjaaja kertoo, että ammattioikeuden hakeminen voi kestää ja edellyttää lisäopintoja ja kielitaitoa. Sillä välin asiakas hakee oppisopimuksella lähihoitajakoulutukseen palvelukotiin, jossa hän pääsee työskentelemään omalla alallaan ja oppii hoitotyön suomea. Ammattioikeusprosessi etenee rinnakkain.`,
                en: `## Many routes to the same destination

An immigrant's path to work is rarely straight. It often involves language studies, recognition of prior learning, education and work experience, partly at the same time. The guidance professional's task is to help the client see the options and choose the one that suits their situation.

## Recognition of foreign qualifications

- **Regulated professions**, such as many professions in health care and education, require a decision by an authority on the right to practise in Finland. The process may include additional studies, a traineeship and proof of language skills.
- **In unregulated professions** the employer assesses competence itself, but a decision on the level or comparability of a qualification can help in job seeking. These decisions are made by the Finnish National Agency for Education (Opetushallitus).
- Advise the client to gather certificates, transcripts of records and work certificates, and official translations where needed.

Procedures and the tasks of authorities change, so check up-to-date information on the websites of the Finnish National Agency for Education and the relevant sector authority.

## Language studies

In integration training people study Finnish or Swedish as well as skills for society and working life. Language can also be studied, for example, at adult education centres, online and at work. With the National Certificates of Language Proficiency, the YKI test, the client can prove their level of language skills. There are separate courses for those who are only learning to read and write, and people without basic education can complete basic education for adults.

## Vocational education

People can apply for vocational education through continuous application all year round. A personal competence development plan is drawn up for each student, in which prior learning can be identified and recognised. Preparatory education for an upper secondary qualification, known as TUVA, helps to strengthen language skills and study skills before studying for a qualification.

## Apprenticeship

In apprenticeship training the student is employed, receives pay and completes a qualification mainly at the workplace. It suits especially adults who need an income while studying. Success requires an employer who is ready to provide guidance, and sufficient language support.

## In parallel, not one after another

The path does not have to be walked one stage at a time. A work trial, part-time work or an apprenticeship can run alongside language studies, and language learned at work supports what is learned on the course. When the stages overlap, the client gets a foothold in working life sooner, and motivation does not fade during long waits.

## Example: from nurse to practical nurse and back

A client in Laukaa worked as a nurse in their home country. The guidance professional explains that applying for the right to practise may take time and require additional studies and language skills. Meanwhile the client applies for practical nurse training as an apprentice at a care home, where they can work in their own field and learn the Finnish of nursing. The process for the right to practise moves forward in parallel.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Piirrä paperille yhden asiakkaasi mahdollinen polku työhön. Mitkä vaiheet voisivat edetä samanaikaisesti, jotta polku lyhenisi?',
                en: 'Draw on paper a possible path to work for one of your clients. Which stages could run at the same time so that the path becomes shorter?',
              },
            },
          ],
        },
        {
          title: {
            fi: 'Ohjaus yli palvelurajojen',
            en: 'Guidance across service boundaries',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Asiakkaalla on yksi elämä, palveluja on monta

Maahan muuttanut asiakas voi asioida samaan aikaan työllisyysalueen, kunnan kotoutumispalvelujen, hyvinvointialueen sosiaali- ja terveyspalvelujen, Kelan, Maahanmuuttoviraston ja oppilaitoksen kanssa. Jokaisella on omat lomakkeensa, aikataulunsa ja sanastonsa. Asiakkaan näkökulmasta kyse on kuitenkin yhdestä elämästä, jossa asuminen, toimeentulo, lasten päivähoito ja työnhaku vaikuttavat toisiinsa.

Ohjaajan ei tarvitse hallita kaikkea, mutta hänen on tiedettävä, kuka hallitsee, ja huolehdittava, ettei asiakas putoa palvelujen väliin.

## Saatettu ohjaus

Puhelinnumeron antaminen ja kehotus ”soita tuonne” riittävät harvoin, jos asiakas ei vielä puhu suomea sujuvasti tai ei tunne palvelujärjestelmää. Saatettu ohjaus tarkoittaa, että ohjaaja

- kertoo asiakkaalle, miksi toinen palvelu on tarpeen ja mitä siellä tapahtuu
- pyytää asiakkaalta suostumuksen tietojen välittämiseen
- ottaa itse yhteyttä seuraavaan palveluun ja sopii tarvittaessa ajan
- kirjaa asiakkaalle selkeällä kielellä, minne, milloin ja kenen luo hän on menossa
- tarkistaa myöhemmin, toteutuiko tapaaminen.

## Tietosuoja ja suostumus

Asiakkaan tietoja välitetään vain sen verran kuin on tarpeen ja lainsäädännön sallimissa rajoissa, yleensä asiakkaan suostumuksella. Kerro asiakkaalle, mitä tietoja annetaan ja kenelle. Avoimuus lisää luottamusta, ja asiakas voi itse korjata väärinkäsityksiä.

## Yhteinen suunnitelma

Kun asiakas tarvitsee usean tahon tukea, esimerkiksi työllistymiseen, terveyteen ja perheen tilanteeseen, tahot voivat laatia yhteisen monialaisen suunnitelman. Yhteisessä tapaamisessa asiakkaan ei tarvitse kertoa tarinaansa moneen kertaan, ja päällekkäiset tai ristiriitaiset tehtävät huomataan.

## Tunne verkostosi

- Pidä ajan tasalla yhteystietolistaa alueen palveluista ja järjestöistä.
- Osallistu alueellisiin verkostotapaamisiin ja tutustu kollegoihin muissa palveluissa.
- Muista myös matalan kynnyksen toimijat, kuten järjestöjen neuvontapisteet, kielikahvilat ja vertaistuki.

## Esimerkki: kolme estettä Äänekoskella

Äänekoskelaisen asiakkaan työkokeilu uhkaa katketa. Keskustelussa selviää, että perheen vuokrasopimus on päättymässä ja nuorimmalle lapselle ei ole vielä päivähoitopaikkaa. Ohjaaja soittaa asiakkaan luvalla kunnan varhaiskasvatukseen ja sopii yhteisen tapaamisen asumisneuvojan kanssa. Kun arjen esteet ratkeavat, työkokeilu jatkuu ja päättyy työsopimukseen.`,
                en: `## The client has one life, but there are many services

An immigrant client may be dealing at the same time with the employment area, the municipality's integration services, the social and health services of the wellbeing services county, Kela, the Finnish Immigration Service and an educational institution. Each has its own forms, timetables and vocabulary. From the client's point of view, however, it is one life, in which housing, income, children's day care and job seeking affect each other.

The guidance professional does not need to master everything, but they need to know who does, and to make sure that the client does not fall between services.

## Accompanied referral

Giving a phone number and saying "call them" is rarely enough if the client does not yet speak fluent Finnish or does not know the service system. Accompanied referral means that the guidance professional

- tells the client why the other service is needed and what happens there
- asks for the client's consent to pass on information
- contacts the next service personally and books an appointment where needed
- writes down for the client in clear language where, when and whom they are going to see
- checks later whether the appointment took place.

## Data protection and consent

Client data is passed on only as far as necessary and within the limits of the law, usually with the client's consent. Tell the client what information is given and to whom. Openness increases trust, and the client can correct misunderstandings themselves.

## A shared plan

When a client needs support from several parties, for example for employment, health and the family's situation, the parties can draw up a shared multi-professional plan. In a joint meeting the client does not have to tell their story many times, and overlapping or conflicting tasks are noticed.

## Know your network

- Keep an up-to-date list of contacts for the services and associations in the area.
- Take part in regional network meetings and get to know colleagues in other services.
- Remember low-threshold actors too, such as associations' advice points, language cafés and peer support.

## Example: three obstacles in Äänekoski

A client's work trial in Äänekoski is at risk of ending. In conversation it turns out that the family's lease is coming to an end and there is not yet a day-care place for the youngest child. With the client's permission the guidance professional calls the municipality's early childhood education service and arranges a joint meeting with a housing adviser. Once the everyday obstacles are resolved, the work trial continues and ends in an employment contract.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Keneen ottaisit yhteyttä, jos asiakkaasi työnhaku pysähtyisi asumiseen tai lastenhoitoon liittyvän ongelman takia? Onko yhteystieto sinulla jo valmiina?',
                en: 'Whom would you contact if your client’s job search stalled because of a problem with housing or childcare? Do you already have the contact details at hand?',
              },
            },
          ],
        },
        {
          title: {
            fi: 'Ohjauksen etiikka ja luottamus',
            en: 'Ethics and trust in guidance',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Luottamus rakennetaan, sitä ei oleteta

Monella asiakkaalla on kokemuksia viranomaisista, joihin ei ole voinut luottaa. Joku on joutunut odottamaan päätöksiä vuosia, joku on kohdannut korruptiota tai pelännyt, että kerrotut asiat käännetään häntä vastaan. Siksi luottamus ohjaajaan ei synny automaattisesti. Se rakentuu johdonmukaisesta toiminnasta.

## Kerro roolistasi

Aloita tapaaminen kertomalla selkeästi

- kuka olet ja mistä palvelusta
- mitä voit tehdä ja mitä et voi päättää
- mitä kirjaat asiakastietoihin ja kuka tiedot näkee
- että sinua ja tulkkia sitoo vaitiolovelvollisuus.

Pidä kiinni siitä, mitä lupaat. Jos et voi tehdä jotain, sano se suoraan.

## Valta ja avoimuus

Ohjaajalla on valtaa. Työllisyyspalveluissa ohjaajan tekemät kirjaukset voivat vaikuttaa esimerkiksi asiakkaan etuuksiin. Asiakkaalla on oikeus tietää velvollisuutensa ja niiden laiminlyönnin seuraukset ymmärrettävällä kielellä ja etukäteen, ei vasta päätöksestä. Kielimuuri ei saa olla oikotie, jolla asiat hoidetaan asiakkaan ohi.

## Omat oletukset

Jokaisella on oletuksia, jotka vaikuttavat huomaamatta. Ohjataanko maahan muuttaneita naisia automaattisesti hoiva-alalle ja miehiä kuljetusalalle? Tarjotaanko korkeasti koulutetulle vain siivoustyötä, koska suomen kieli on alkuvaiheessa? Kysy itseltäsi: antaisinko samat vaihtoehdot suomalaistaustaiselle asiakkaalle, jolla on sama koulutus ja kokemus?

## Rajat pienellä paikkakunnalla

Pienessä kunnassa ohjaaja voi tavata asiakkaansa kaupassa, lasten harrastuksissa tai naapurissa. Selkeät rajat suojaavat molempia:

- Asioi työpuhelimella ja työsähköpostilla, älä henkilökohtaisilla yhteystiedoilla.
- Älä ota vastaan lahjoja, jotka voisivat vaikuttaa puolueettomuuteesi.
- Älä ota puheeksi asiakkaan asioita työpaikan ulkopuolella.
- Jos olet asiakkaan kanssa esimerkiksi sukua tai naapuri, harkitse, voisiko kollega ottaa asian hoitaakseen.

## Esimerkki: huoli tulkista Viitasaarella

Viitasaarelainen asiakas kieltäytyy tapaamisesta, kun kuulee, että paikalle tulee tulkki. Ohjaaja kysyy rauhallisesti syytä. Asiakas pelkää, että samaan pieneen yhteisöön kuuluva tulkki kertoisi hänen asioistaan muille. Ohjaaja kertoo tulkin vaitiolovelvollisuudesta ja tarjoaa etätulkkia toiselta paikkakunnalta. Tapaaminen toteutuu, ja asiakas kertoo myöhemmin asioista, joista ei aiemmin ollut uskaltanut puhua.`,
                en: `## Trust is built, not assumed

Many clients have experiences of authorities they could not trust. Some have had to wait years for decisions, some have met corruption or feared that what they said would be turned against them. That is why trust in a guidance professional does not arise automatically. It is built through consistent action.

## Explain your role

Begin a meeting by explaining clearly

- who you are and which service you represent
- what you can do and what you cannot decide
- what you record in the client information and who sees it
- that you and the interpreter are bound by confidentiality.

Keep what you promise. If you cannot do something, say so directly.

## Power and openness

A guidance professional has power. In employment services, what the professional records can affect, for example, the client's benefits. The client has the right to know their obligations and the consequences of neglecting them in understandable language and in advance, not only from a decision. A language barrier must never become a shortcut for handling matters over the client's head.

## Your own assumptions

Everyone has assumptions that affect them without their noticing. Are immigrant women automatically guided into care work and men into transport? Is a highly educated person offered only cleaning work because their Finnish is at an early stage? Ask yourself: would I give the same options to a client of Finnish background with the same education and experience?

## Boundaries in a small town

In a small municipality a guidance professional may meet clients in the shop, at children's hobbies or next door. Clear boundaries protect both sides:

- Use a work phone and work e-mail, not personal contact details.
- Do not accept gifts that could affect your impartiality.
- Do not bring up a client's affairs outside work.
- If you are, for example, related to or a neighbour of the client, consider whether a colleague could take over the matter.

## Example: a worry about the interpreter in Viitasaari

A client in Viitasaari refuses a meeting on hearing that an interpreter will be present. The guidance professional calmly asks why. The client fears that an interpreter from the same small community would tell others about their affairs. The professional explains the interpreter's duty of confidentiality and offers a remote interpreter from another town. The meeting takes place, and later the client talks about matters they had not previously dared to mention.`,
              },
            },
            {
              kind: 'quiz',
              quiz: {
                title: {
                  fi: 'Loppukoe: kielitietoinen ohjaus',
                  en: 'Final quiz: language-aware guidance',
                },
                passMarkPercent: 75,
                maxAttempts: 3,
                questions: [
                  {
                    kind: 'true_false',
                    prompt: {
                      fi: 'Asiakkaan lapsi voi toimia tulkkina työllisyyspalvelujen tapaamisessa, jos hän puhuu hyvää suomea.',
                      en: 'A client’s child may act as interpreter in an employment services meeting if the child speaks good Finnish.',
                    },
                    options: [
                      {
                        text: { fi: 'Totta', en: 'True' },
                        correct: false,
                        feedback: {
                          fi: 'Ei pidä paikkaansa. Lapsi joutuu aikuisen rooliin, ei ole puolueeton eikä tunne palvelujärjestelmän sanastoa. Käytä ammattitulkkia.',
                          en: 'Not correct. The child is pushed into an adult’s role, is not impartial and does not know the vocabulary of the service system. Use a professional interpreter.',
                        },
                      },
                      {
                        text: { fi: 'Tarua', en: 'False' },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Viranomaisasioinnissa tulkkina toimii ammattitulkki, jota sitovat vaitiolovelvollisuus ja puolueettomuus.',
                          en: 'Correct. In dealings with the authorities the interpreter is a professional bound by confidentiality and impartiality.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'single',
                    prompt: {
                      fi: 'Miten puhut tulkatussa tapaamisessa?',
                      en: 'How do you speak in an interpreted meeting?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Suoraan asiakkaalle, lyhyissä jaksoissa',
                          en: 'Directly to the client, in short segments',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Asiakas on keskustelun osapuoli, ja lyhyet jaksot auttavat tulkkia välittämään kaiken tarkasti.',
                          en: 'Correct. The client is the party to the conversation, and short segments help the interpreter convey everything accurately.',
                        },
                      },
                      {
                        text: {
                          fi: 'Tulkille: ”Kysy häneltä, mitä hän toivoo.”',
                          en: 'To the interpreter: "Ask her what she hopes for."',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Kolmannessa persoonassa puhuminen sulkee asiakkaan keskustelun ulkopuolelle.',
                          en: 'No. Speaking in the third person shuts the client out of the conversation.',
                        },
                      },
                      {
                        text: {
                          fi: 'Pitkinä kokonaisuuksina, jotta tapaaminen etenee nopeasti',
                          en: 'In long passages, so that the meeting moves quickly',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Pitkistä jaksoista osa jää helposti välittymättä, eikä tapaaminen nopeudu.',
                          en: 'No. Parts of long passages are easily lost, and the meeting does not become any quicker.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'multiple',
                    prompt: {
                      fi: 'Millä keinoilla voit varmistaa, että asiakas ymmärsi?',
                      en: 'How can you check that the client understood?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Pyydät asiakasta kertomaan omin sanoin, mitä hän tekee seuraavaksi',
                          en: 'You ask the client to tell in their own words what they will do next',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Takaisinkerronta näyttää, mikä on ymmärretty.',
                          en: 'Correct. Teach-back shows what has been understood.',
                        },
                      },
                      {
                        text: {
                          fi: 'Kysyt: ”Onko selvä?”',
                          en: 'You ask: "Is that clear?"',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei riitä. Moni vastaa myöntävästi kohteliaisuuttaan tai väsymystään.',
                          en: 'Not enough. Many people answer yes out of politeness or tiredness.',
                        },
                      },
                      {
                        text: {
                          fi: 'Annat kirjallisen yhteenvedon selkeällä kielellä',
                          en: 'You give a written summary in clear language',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Asiakas voi palata yhteenvetoon ja kysyä epäselvistä kohdista.',
                          en: 'Correct. The client can return to the summary and ask about unclear points.',
                        },
                      },
                      {
                        text: {
                          fi: 'Piirrät aikajanan seuraavista vaiheista',
                          en: 'You draw a timeline of the next steps',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Kuva tukee puhetta ja näyttää järjestyksen.',
                          en: 'Correct. A picture supports speech and shows the order.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'single',
                    prompt: {
                      fi: 'Asiakas on työskennellyt kotimaassaan sairaanhoitajana. Mikä on hyvää ohjausta?',
                      en: 'A client worked as a nurse in their home country. What is good guidance?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Selvitetään yhdessä ammattioikeuden hakeminen ja aloitetaan kieliopinnot, ja mietitään, voisiko hän samalla työskennellä alalla.',
                          en: 'Find out together how to apply for the right to practise and start language studies, and consider whether they could work in the field at the same time.',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Polku kerrotaan rehellisesti, ja vaiheita viedään eteenpäin rinnakkain.',
                          en: 'Correct. The path is described honestly, and the stages are taken forward in parallel.',
                        },
                      },
                      {
                        text: {
                          fi: 'Kerrotaan, ettei ammatti onnistu Suomessa, ja ohjataan siivoustyöhön.',
                          en: 'Say that the profession is not possible in Finland, and guide them to cleaning work.',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Ulkomaisen tutkinnon tunnustaminen on mahdollista, ja osaamisen ohittaminen on sekä epäreilua että hukkaa.',
                          en: 'No. Recognition of a foreign qualification is possible, and bypassing competence is both unfair and a waste.',
                        },
                      },
                      {
                        text: {
                          fi: 'Kerrotaan, että hän voi aloittaa sairaanhoitajana heti ulkomaisella tutkinnollaan.',
                          en: 'Say that they can start as a nurse at once with their foreign qualification.',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Sairaanhoitaja on säännelty ammatti, joka edellyttää viranomaisen päätöstä ammattioikeudesta.',
                          en: 'No. Nursing is a regulated profession that requires an authority’s decision on the right to practise.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'single',
                    prompt: {
                      fi: 'Mitä saatettu ohjaus tarkoittaa?',
                      en: 'What does accompanied referral mean?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Asiakkaalle annetaan seuraavan palvelun puhelinnumero.',
                          en: 'The client is given the phone number of the next service.',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei riitä. Pelkkä numero jättää asiakkaan yksin, jos kieli tai palvelujärjestelmä on vielä vieras.',
                          en: 'Not enough. A number alone leaves the client on their own if the language or the service system is still unfamiliar.',
                        },
                      },
                      {
                        text: {
                          fi: 'Ohjaaja ottaa asiakkaan luvalla yhteyttä seuraavaan palveluun ja varmistaa, että asiakas pääsee sinne.',
                          en: 'With the client’s permission, the professional contacts the next service and makes sure the client gets there.',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Saatettu ohjaus vähentää riskiä, että asiakas putoaa palvelujen väliin.',
                          en: 'Correct. Accompanied referral reduces the risk that the client falls between services.',
                        },
                      },
                      {
                        text: {
                          fi: 'Asiakkaan kaikki tiedot lähetetään kaikille palveluille.',
                          en: 'All of the client’s information is sent to every service.',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Tietoja välitetään vain tarpeellinen määrä ja yleensä asiakkaan suostumuksella.',
                          en: 'No. Only the necessary information is passed on, usually with the client’s consent.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'multiple',
                    prompt: {
                      fi: 'Mitä vahvuuksiin perustuvassa kartoituksessa kannattaa selvittää?',
                      en: 'What is worth finding out in a strengths-based mapping?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Aiemmat työtehtävät, ei vain ammattinimike',
                          en: 'Earlier work tasks, not just the job title',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Tehtävät kertovat osaamisesta enemmän kuin nimike.',
                          en: 'Correct. Tasks tell more about competence than a title.',
                        },
                      },
                      {
                        text: {
                          fi: 'Arjessa opittu osaaminen, kuten perheyrityksen pyörittäminen',
                          en: 'Skills learned in everyday life, such as running a family business',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Arjen osaaminen jää helposti näkymättömiin, jos sitä ei kysytä.',
                          en: 'Correct. Everyday skills easily stay hidden unless you ask about them.',
                        },
                      },
                      {
                        text: {
                          fi: 'Asiakkaan puhumat kielet',
                          en: 'The languages the client speaks',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Monikielisyys on työelämässä vahvuus.',
                          en: 'Correct. Multilingualism is a strength in working life.',
                        },
                      },
                      {
                        text: {
                          fi: 'Vain Suomessa suoritetut tutkinnot',
                          en: 'Only qualifications completed in Finland',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Myös ulkomailla hankittu koulutus ja kokemus ovat osaamista, joka voidaan tunnistaa.',
                          en: 'No. Education and experience gained abroad are also competence that can be recognised.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'true_false',
                    prompt: {
                      fi: 'Oppisopimuskoulutuksessa opiskelija on työsuhteessa ja saa palkkaa.',
                      en: 'In apprenticeship training the student is employed and receives pay.',
                    },
                    options: [
                      {
                        text: { fi: 'Totta', en: 'True' },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Siksi oppisopimus sopii hyvin aikuiselle, joka tarvitsee tuloja opiskelun aikana.',
                          en: 'Correct. That is why an apprenticeship suits an adult who needs an income while studying.',
                        },
                      },
                      {
                        text: { fi: 'Tarua', en: 'False' },
                        correct: false,
                        feedback: {
                          fi: 'Väärin. Oppisopimus perustuu työsopimukseen, ja opiskelija saa palkkaa työstään.',
                          en: 'Wrong. An apprenticeship is based on an employment contract, and the student is paid for their work.',
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
