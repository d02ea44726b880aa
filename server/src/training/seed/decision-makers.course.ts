import type { SeedCourse } from './course-seed.types';

export const decisionMakersCourse: SeedCourse = {
  slug: 'goal-oriented-immigration-work',
  title: {
    fi: 'Tavoitteellinen maahanmuuttotyö ja monikulttuurinen osaaminen kunnassa',
    en: 'Goal-oriented immigration work and multicultural competence in the municipality',
  },
  summary: {
    fi: 'Kurssi kunnan päättäjille: miksi maahanmuutto on pienen kunnan elinvoimakysymys, mitä vuoden 2025 uudistukset tarkoittavat kunnalle, miten kotoutumisen edistämiselle asetetaan mitattavat tavoitteet ja miten edistymistä seurataan.',
    en: 'A course for municipal decision-makers: why immigration is a question of vitality for a small municipality, what the 2025 reforms mean for the municipality, how to set measurable goals for promoting integration and how to follow progress.',
  },
  estimatedMinutes: 70,
  audiences: ['decision_maker'],
  modules: [
    {
      title: {
        fi: 'Maahanmuutto ja pienen kunnan elinvoima',
        en: 'Immigration and the vitality of a small municipality',
      },
      lessons: [
        {
          title: {
            fi: 'Väestö, työvoima ja elinvoima',
            en: 'Population, labour and vitality',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Miksi maahanmuutto koskee juuri pientä kuntaa

Monen keskisuomalaisen pikkukaupungin ja maaseutukunnan väestörakenne on muuttunut nopeasti. Kuolleita on vuosittain enemmän kuin syntyneitä, ja nuoret lähtevät opiskelemaan Jyväskylään tai kauemmas. Työikäisiä on koko ajan vähemmän, ja palveluja tarvitsevien ikäihmisten osuus kasvaa.

Maahanmuutto ei yksin ratkaise väestökehitystä, mutta monessa pienessä kunnassa se on nykyään lähes ainoa väestönkasvun lähde. Kysymys ei siis ole siitä, koskeeko maahanmuutto kuntaa, vaan siitä, miten hyvin kunta on siihen valmistautunut.

## Työvoimapula näkyy arjessa

Työvoiman saatavuus on monelle alueen yritykselle suurin kasvun este. Pula tuntuu erityisesti

- hoiva- ja sosiaalialalla, kuten palvelutaloissa ja kotihoidossa
- teollisuudessa ja metsäalalla, esimerkiksi sahoilla ja konepajoissa
- rakentamisessa, kuljetusalalla sekä ravintola- ja siivousalalla
- maatiloilla ja kausitöissä.

Kun yritys ei saa tekijöitä, se ei voi ottaa vastaan uusia tilauksia. Pahimmillaan toimintaa siirretään toiselle paikkakunnalle. Jokainen täyttämättä jäävä työpaikka on kunnalle myös menetettyä verotuloa.

## Elinvoima on enemmän kuin asukasluku

Maahan muuttaneet eivät ole vain työvoimaa. He ovat kuntalaisia, jotka asioivat paikallisessa kaupassa, tuovat lapsensa päiväkotiin ja kouluun, perustavat yrityksiä ja osallistuvat yhdistysten toimintaan. Kyläkoulun tulevaisuus tai urheiluseuran juniorijoukkue voi riippua muutamasta perheestä.

## Kuka muuttaa ja miksi

Ihmiset muuttavat Suomeen työn, perheen, opiskelun tai kansainvälisen suojelun vuoksi. Jokaisella ryhmällä on omat tarpeensa: työn perässä tullut tarvitsee asunnon ja puolisolleen mielekästä tekemistä, pakolaisena tullut perhe tarvitsee enemmän alkuvaiheen tukea. Kaikki ovat kuitenkin myös mahdollisia työntekijöitä, yrittäjiä ja pitkäaikaisia kuntalaisia, jos he löytävät paikkakunnalta paikkansa.

## Esimerkki: saha ja palvelutalo samassa kunnassa

Kuvitellaan Saarijärven kokoinen kunta, jonka suurin yksityinen työnantaja on saha ja jonka palvelutalossa on jatkuva sijaispula. Saha on rekrytoinut ulkomailta kolme työntekijää, ja palvelutaloon on tullut kaksi maahan muuttanutta lähihoitajaopiskelijaa oppisopimuksella.

Jos nämä ihmiset perheineen viihtyvät, kunta saa viisi veronmaksajaa ja ehkä puolisoita ja lapsia. Jos he muuttavat vuoden kuluttua pois, rekrytointiin ja koulutukseen käytetty työ valuu hukkaan. Päättäjän tehtävä on nähdä kokonaisuus: työpaikat, asuminen, palvelut ja vastaanottava ilmapiiri kuuluvat yhteen.`,
                en: `## Why immigration concerns a small municipality in particular

The population structure of many small towns and rural municipalities in Central Finland has changed quickly. Every year more people die than are born, and young people leave to study in Jyväskylä or further away. There are fewer people of working age all the time, while the share of older residents who need services keeps growing.

Immigration alone does not solve population decline, but in many small municipalities it is now almost the only source of population growth. So the question is not whether immigration concerns the municipality, but how well the municipality has prepared for it.

## The labour shortage shows in everyday life

For many companies in the region, finding workers is the biggest obstacle to growth. The shortage is felt especially

- in care and social services, such as care homes and home care
- in industry and forestry, for example at sawmills and engineering workshops
- in construction, transport, restaurants and cleaning
- on farms and in seasonal work.

When a company cannot find workers, it cannot take on new orders. At worst, operations are moved to another town. Every job that stays unfilled is also lost tax revenue for the municipality.

## Vitality is more than a population figure

People who move here are not just labour. They are residents who shop locally, bring their children to day care and school, start businesses and take part in associations. The future of a village school or a sports club's junior team can depend on a handful of families.

## Who moves and why

People move to Finland for work, family, study or international protection. Each group has its own needs: someone who came for a job needs a home and something meaningful for their spouse to do, while a family who came as refugees needs more support in the initial phase. All of them, however, are also potential employees, entrepreneurs and long-term residents, if they find their place in the community.

## Example: a sawmill and a care home in the same municipality

Imagine a municipality the size of Saarijärvi whose largest private employer is a sawmill and whose care home is constantly short of substitute staff. The sawmill has recruited three workers from abroad, and two immigrant practical nurse students have started at the care home as apprentices.

If these people and their families settle in well, the municipality gains five taxpayers and perhaps spouses and children too. If they move away after a year, the work put into recruiting and training them is wasted. A decision-maker's task is to see the whole: jobs, housing, services and a welcoming atmosphere belong together.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Mitkä työnantajat kunnassasi kärsivät työvoimapulasta juuri nyt? Mitä kunnan palveluille ja verotuloille tapahtuisi, jos pula jatkuisi vielä viisi vuotta?',
                en: 'Which employers in your municipality are short of workers right now? What would happen to municipal services and tax revenue if the shortage continued for another five years?',
              },
            },
          ],
        },
        {
          title: {
            fi: 'Kunnan rooli vuoden 2025 uudistusten jälkeen',
            en: "The municipality's role after the 2025 reforms",
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Kaksi uudistusta samana vuonna

Vuoden 2025 alussa kunnan vastuu maahanmuuttotyössä kasvoi selvästi, kun kaksi suurta uudistusta tuli voimaan samaan aikaan.

### Työllisyyspalvelut siirtyivät kunnille

Julkiset työvoima- ja yrityspalvelut siirtyivät valtion TE-toimistoilta kuntien vastuulle. Palveluja järjestävät työllisyysalueet. Työllisyysalue voi olla yksi työvoimapohjaltaan riittävän suuri kunta tai usean kunnan yhteistoiminta-alue, jossa yksi kunta toimii vastuukuntana. Pienet kunnat ovat siksi lähes aina osa laajempaa aluetta.

Päättäjälle tämä tarkoittaa, että työnhakijoiden palvelut, yritysten rekrytointituki ja maahan muuttaneiden työllistymisen tuki ovat nyt kuntien yhteistä työtä. Oman kunnan tarpeet on tuotava esiin työllisyysalueen yhteistyössä.

### Uusi kotoutumislaki

Laki kotoutumisen edistämisestä (681/2023) tuli voimaan samana päivänä. Sen keskeisiä sisältöjä kunnan kannalta ovat:

- **Kunnan kotoutumisohjelma.** Laissa tällä tarkoitetaan alkuvaiheen palvelujen kokonaisuutta, ei strategia-asiakirjaa. Siihen kuuluvat ainakin osaamisen ja kotoutumisen palvelutarpeen arviointi, kotoutumissuunnitelma, monikielinen yhteiskuntaorientaatio, koulutus sekä ohjaus ja neuvonta. Karkeasti jaoteltuna työttömien työnhakijoiden palveluista vastaa työllisyysalue ja muiden kunta.
- **Suunnittelu ja seuranta.** Kunnalla on yleinen velvollisuus suunnitella, kehittää ja seurata kotoutumisen edistämistä yhdessä muiden toimijoiden kanssa. Tavoitteet, toimenpiteet, vastuut, yhteistyö ja seuranta kirjataan joko erilliseen ohjelmaan tai muuhun kunnan suunnitteluasiakirjaan mittareineen.
- **Kaikki kuntalaiset.** Suunnittelu koskee kaikkia kunnassa asuvia maahanmuuttajia, ei vain pakolaisia, ja siihen kuuluu myös hyvien väestösuhteiden edistäminen.

Entinen kotouttamisohjelma-nimitys poistui, mutta suunnitteluvelvollisuus säilyi.

## Mitä tämä vaatii päättäjältä

- Selvitä, kuka kunnassa vastaa kotoutumisen edistämisen suunnittelusta ja kuka edustaa kuntaa työllisyysalueen yhteistyössä.
- Varmista, että kotoutumisen tehtäviin on varattu resursseja talousarviossa.
- Huolehdi, että kunnan ja hyvinvointialueen suunnittelu sovitetaan yhteen, koska sosiaali- ja terveyspalvelut ovat hyvinvointialueen vastuulla.
- Kysy säännöllisesti, miten palvelut toimivat juuri oman kunnan asukkaille.

## Esimerkki

Äänekosken kokoisen kunnan elinvoimajohtaja huomaa, että työllisyysalueen palvelupiste on naapurikaupungissa. Kunta sopii alueen kanssa, että asiantuntija on tavattavissa paikan päällä kahtena päivänä viikossa ja että yritysten rekrytointiin nimetään yhteyshenkilö.

Lainsäädäntöä ja ohjeita tarkennetaan jatkuvasti, ja lakia on jo muutettu. Tarkista ajantasainen tieto Finlexistä ja kotoutuminen.fi-sivustolta.`,
                en: `## Two reforms in the same year

At the start of 2025 the municipality's responsibility in immigration work grew markedly, as two major reforms came into force at the same time.

### Employment services moved to municipalities

Public employment and business services moved from the state's TE offices to the municipalities. They are organised by employment areas. An employment area can be a single municipality with a large enough labour force, or a cooperation area of several municipalities in which one municipality acts as the lead municipality. Small municipalities are therefore almost always part of a wider area.

For a decision-maker this means that services for jobseekers, recruitment support for companies and support for immigrants' employment are now the joint work of municipalities. Your own municipality's needs must be raised in the cooperation of the employment area.

### The new Integration Act

The Act on the Promotion of Integration (681/2023) came into force on the same day. Its key contents from the municipality's point of view are:

- **The municipal integration programme.** In the Act this means a package of initial-phase services, not a strategy document. It includes at least an assessment of competence and integration service needs, an integration plan, multilingual civic orientation, education, and guidance and advice. Roughly speaking, the employment area is responsible for the services of unemployed jobseekers and the municipality for everyone else.
- **Planning and follow-up.** The municipality has a general duty to plan, develop and follow the promotion of integration together with other actors. Goals, measures, responsibilities, cooperation and follow-up are recorded either in a separate programme or in another municipal planning document, with indicators.
- **All residents.** Planning covers all immigrants living in the municipality, not only refugees, and it also includes promoting good relations between population groups.

The former name for the planning document was dropped, but the duty to plan remained.

## What this requires from a decision-maker

- Find out who in the municipality is responsible for planning the promotion of integration and who represents the municipality in the cooperation of the employment area.
- Make sure that resources are set aside for integration tasks in the budget.
- See that the planning of the municipality and the wellbeing services county is coordinated, because social and health services are the county's responsibility.
- Ask regularly how the services work for the residents of your own municipality.

## Example

The director of vitality in a municipality the size of Äänekoski notices that the employment area's service point is in a neighbouring town. The municipality agrees with the area that an expert will be available on site two days a week and that a named contact person will serve companies that are recruiting.

Legislation and guidance are constantly being refined, and the Act has already been amended. Check up-to-date information in Finlex and on the kotoutuminen.fi website.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Kuka kunnassasi vastaa kotoutumisen edistämisen suunnittelusta, ja missä asiakirjassa tavoitteet on kirjattu? Jos et tiedä, keneltä kysyisit?',
                en: 'Who in your municipality is responsible for planning the promotion of integration, and in which document are the goals recorded? If you do not know, whom would you ask?',
              },
            },
          ],
        },
      ],
    },
    {
      title: {
        fi: 'Tavoitteellinen kotoutumistyö',
        en: 'Goal-oriented integration work',
      },
      lessons: [
        {
          title: {
            fi: 'Ohjelma, jolla on mitattavat tavoitteet',
            en: 'A programme with measurable goals',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Paperista työkaluksi

Kotoutumisen edistämisen ohjelma on hyödyllinen vain, jos sitä käytetään. Hyvä ohjelma on lyhyt, konkreettinen ja sidottu kuntastrategiaan ja talousarvioon. Se kertoo, mitä halutaan saada aikaan, kuka tekee mitä ja mistä tiedetään, että työ etenee.

## Valmistelun vaiheet

1. **Nimetkää vastuutaho.** Nimetty viranhaltija koordinoi valmistelua, ja päätöksenteon aikataulu sovitaan etukäteen.
2. **Kootkaa yhteistyöryhmä.** Mukaan kutsutaan sivistys-, vapaa-aika- ja elinvoimapalvelut, työllisyysalue, hyvinvointialue, Kela, oppilaitokset, yrittäjät ja järjestöt.
3. **Ottakaa maahan muuttaneet mukaan.** Heidän kokemuksensa palveluista on tietoa, jota ei saa mistään tilastosta.
4. **Tehkää tilannekuva.** Kuinka paljon kunnassa asuu maahan muuttaneita, mistä syistä he ovat tulleet, missä ikävaiheessa he ovat ja missä palvelut toimivat tai takkuavat?
5. **Asettakaa tavoitteet ja toimenpiteet.** Jokaiselle toimenpiteelle nimetään vastuutaho, aikataulu ja resurssit.
6. **Sopikaa seurannasta.** Päätetään mittarit, tiedon lähteet ja se, milloin tuloksista raportoidaan valtuustolle.

## Mikä tekee tavoitteesta mitattavan

Epämääräinen tavoite kuulostaa hyvältä, mutta sen toteutumista ei voi arvioida. Vertaa:

- *Heikko:* ”Edistämme monikulttuurisuutta ja hyviä väestösuhteita.”
- *Parempi:* ”Vuoden 2027 loppuun mennessä jokaisella toimialalla on nimetty yhdyshenkilö, ja vähintään puolet asiakastyötä tekevistä on käynyt selkokielen koulutuksen.”

Hyvässä tavoitteessa on tekijä, tulos, määrä ja aikaraja. Tavoitteita kannattaa olla vähän, ehkä kolmesta viiteen, jotta niihin on varaa panostaa.

## Hyväksyntä ja budjetti

Ohjelma saa painoarvoa, kun kunnanhallitus tai valtuusto käsittelee sen ja kun toimenpiteet näkyvät talousarviossa. Muuten se jää helposti yhden viranhaltijan harteille. Ohjelmaa kannattaa tarkastella kerran vuodessa: mikä toteutui, mikä ei ja miksi. Tavoitteita saa ja pitää muuttaa, jos tilanne muuttuu.

## Esimerkki: pidä kiinni niistä, jotka jo tulivat

Pieni kunta huomaa, että osa ulkomailta rekrytoiduista työntekijöistä muuttaa pois ensimmäisen vuoden aikana. Se asettaa tavoitteeksi, että uudet työperäiset muuttajat perheineen asuvat kunnassa vielä kahden vuoden kuluttua. Toimenpiteitä ovat tervetulokeskustelu, apu asunnon ja päivähoitopaikan löytämisessä sekä puolison ohjaaminen kielikoulutukseen. Mittarina seurataan, kuinka moni muuttaneista asuu yhä kunnassa, ja syitä kysytään lähtijöiltä.`,
                en: `## From paper to a working tool

A programme for promoting integration is only useful if it is used. A good programme is short, concrete and linked to the municipal strategy and budget. It states what the municipality wants to achieve, who does what, and how everyone knows that the work is moving forward.

## Stages of preparation

1. **Name who is responsible.** One official coordinates the preparation, and the timetable for political decisions is agreed in advance.
2. **Gather a cooperation group.** Invite education, leisure and vitality services, the employment area, the wellbeing services county, Kela, educational institutions, entrepreneurs and associations.
3. **Involve immigrant residents.** Their experience of services is information that no statistic provides.
4. **Draw up a picture of the situation.** How many immigrants live in the municipality, why have they come, what stage of life are they at, and where do services work well or get stuck?
5. **Set goals and measures.** Each measure is given a responsible party, a timetable and resources.
6. **Agree on follow-up.** Decide on the indicators, the sources of information and when results are reported to the council.

## What makes a goal measurable

A vague goal sounds good, but there is no way to tell whether it has been met. Compare:

- *Weak:* "We promote multiculturalism and good relations between population groups."
- *Better:* "By the end of 2027 every department has a named contact person, and at least half of the staff who work with clients have completed plain-language training."

A good goal has an actor, a result, an amount and a deadline. It is worth keeping the number of goals small, perhaps three to five, so that there is capacity to invest in them.

## Approval and budget

A programme gains weight when the municipal board or council discusses it and when its measures appear in the budget. Otherwise it easily ends up resting on one official's shoulders. It is worth reviewing the programme once a year: what was achieved, what was not, and why. Goals may and should be changed if the situation changes.

## Example: hold on to those who have already come

A small municipality notices that some of the workers recruited from abroad move away during their first year. It sets the goal that new work-based movers and their families still live in the municipality two years later. The measures are a welcome conversation, help with finding a home and a day-care place, and guiding the spouse to language training. As an indicator, the municipality follows how many of the newcomers still live there, and it asks those who leave why.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Kirjoita yksi kunnallesi tärkeä kotoutumisen tavoite niin, että siinä on tekijä, tulos, määrä ja aikaraja. Millä mittarilla seuraisit sitä?',
                en: 'Write one integration goal that matters to your municipality so that it has an actor, a result, an amount and a deadline. Which indicator would you use to follow it?',
              },
            },
          ],
        },
        {
          title: {
            fi: 'Yhteistyö työnantajien, oppilaitosten ja järjestöjen kanssa',
            en: 'Cooperation with employers, education providers and associations',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Kunta ei onnistu yksin

Kotoutuminen tapahtuu työpaikoilla, oppilaitoksissa, harrastuksissa ja naapurustossa. Kunnan tehtävä on saada nämä toimijat saman pöydän ääreen ja sopia, kuka tekee mitä.

## Työnantajat

Työnantajat tietävät, mitä osaamista ne tarvitsevat nyt ja muutaman vuoden päästä. Kunta voi

- koota yrittäjäyhdistyksen ja elinkeinopalvelujen kanssa työnantajaverkoston, joka tapaa säännöllisesti
- tarjota rekrytoiville yrityksille yhden yhteyshenkilön, joka auttaa asumiseen, päivähoitoon ja kouluun liittyvissä kysymyksissä
- välittää tietoa työllisyysalueen palveluista, kuten rekrytointikoulutuksesta ja palkkatuesta
- kannustaa yrityksiä tarjoamaan työkokeiluja ja harjoittelupaikkoja, joissa kieli ja työtavat tulevat tutuiksi ennen varsinaista työsuhdetta
- tuoda esiin onnistumisia, jotta muutkin yritykset rohkaistuvat.

## Oppilaitokset

Ammatillinen oppilaitos, kuten Gradia tai alueen muu koulutuksen järjestäjä, on työnantajien ja kunnan luonteva kumppani. Yhdessä voidaan suunnitella

- oppisopimuskoulutusta, jossa opiskelija on töissä ja suorittaa samalla tutkintoa
- työnantajan tarpeisiin räätälöityä koulutusta, johon on yhdistetty ammattisanaston ja suomen kielen opetusta
- osaamisen tunnistamista, jotta aiempi koulutus ja työkokemus hyödynnetään.

## Järjestöt ja yhteisöt

Urheiluseurat, seurakunnat, kyläyhdistykset, vapaaehtoistoimintaa järjestävät yhdistykset ja maahanmuuttajien omat yhteisöt tavoittavat ihmisiä, joita viranomainen ei tavoita. Ne tarjoavat ystävätoimintaa, harrastuksia ja kielikahviloita, eli juuri niitä arjen kohtaamisia, joissa paikkakunnasta tulee koti. Pienikin toiminta-avustus tai maksuton tila voi olla järjestölle ratkaiseva.

## Sopikaa asiat kirjallisesti

Yhteistyö kestää henkilövaihdokset, kun sovitut asiat kirjataan ylös: kuka kutsuu koolle, kuinka usein tavataan, mikä on yhteinen tavoite ja mitä kukin tuo mukanaan. Pienen kunnan kannattaa tehdä yhteistyötä myös naapurikuntien kanssa, koska työssäkäynti, koulutus ja harrastukset ylittävät kuntarajat joka tapauksessa.

## Esimerkki: konepaja, oppilaitos ja kunta

Äänekoskelainen konepaja tarvitsee hitsaajia. Kunta kutsuu koolle yrityksen, työllisyysalueen ja ammatillisen oppilaitoksen. Sovitaan koulutuksesta, jossa maahan muuttaneet työnhakijat opiskelevat hitsausta ja työpaikan suomea, ja jakso päättyy oppisopimukseen konepajassa. Kunnan osuus on koordinointi sekä apu asuntojen löytämisessä. Vuoden kuluttua kumppanit arvioivat yhdessä, mikä toimi.`,
                en: `## The municipality cannot succeed alone

Integration happens in workplaces, educational institutions, hobbies and neighbourhoods. The municipality's task is to bring these actors to the same table and agree on who does what.

## Employers

Employers know what skills they need now and in a few years' time. The municipality can

- build an employer network together with the local entrepreneurs' association and business services, meeting regularly
- offer recruiting companies a single contact person who helps with questions about housing, day care and school
- pass on information about the employment area's services, such as recruitment training and pay subsidy
- encourage companies to offer work trials and traineeships in which the language and ways of working become familiar before an actual employment relationship
- make successes visible, so that other companies are encouraged too.

## Educational institutions

A vocational education provider, such as Gradia or another provider in the region, is a natural partner for employers and the municipality. Together they can plan

- apprenticeship training, in which the student works and completes a qualification at the same time
- training tailored to an employer's needs, combined with teaching of professional vocabulary and Finnish
- recognition of prior learning, so that earlier education and work experience are put to use.

## Associations and communities

Sports clubs, parishes, village associations, volunteer organisations and immigrants' own communities reach people whom the authorities do not. They offer befriending, hobbies and language cafés, exactly the everyday encounters in which a place becomes home. Even a small operating grant or a free meeting room can be decisive for an association.

## Put agreements in writing

Cooperation survives changes of staff when what has been agreed is written down: who convenes the group, how often it meets, what the shared goal is and what each partner contributes. A small municipality should also cooperate with its neighbours, because commuting, education and hobbies cross municipal borders in any case.

## Example: an engineering workshop, a college and the municipality

An engineering workshop in Äänekoski needs welders. The municipality calls together the company, the employment area and a vocational college. They agree on a course in which immigrant jobseekers study welding and workplace Finnish, and the course ends with an apprenticeship at the workshop. The municipality's share is coordination and help with finding housing. After a year the partners assess together what worked.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Ketkä kolme kumppania olisivat kunnassasi tärkeimpiä kotoutumisen edistämisessä? Mitä kunta voisi tarjota kullekin, jotta yhteistyö kannattaisi heidänkin näkökulmastaan?',
                en: 'Which three partners would be most important for promoting integration in your municipality? What could the municipality offer each of them so that cooperation is worthwhile from their point of view as well?',
              },
            },
          ],
        },
      ],
    },
    {
      title: {
        fi: 'Johtaminen, vastaanotto ja seuranta',
        en: 'Leadership, welcome and follow-up',
      },
      lessons: [
        {
          title: {
            fi: 'Johdon ja henkilöstön monikulttuurinen osaaminen',
            en: 'Multicultural competence of leadership and staff',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Mitä monikulttuurinen osaaminen on

Monikulttuurinen osaaminen ei ole luettelo eri maiden tavoista. Se on kykyä kohdata ihmisiä, joiden kieli, tausta ja kokemukset poikkeavat omista, niin että palvelu toimii ja jokainen tulee kohdelluksi yhdenvertaisesti. Siihen kuuluu

- **tietoa**, esimerkiksi oleskelun perusteista, kotoutumisen palveluista ja yhdenvertaisuuslainsäädännöstä
- **taitoja**, kuten selkeää kieltä, tulkin kanssa työskentelyä ja ymmärtämisen varmistamista
- **asenteita**, eli uteliaisuutta, kunnioitusta ja valmiutta tarkastella omia oletuksiaan.

Kulttuuriset yleistykset ovat vaarallisia, koska ne saavat meidät näkemään ryhmän eikä yksilöä. Parempi kysymys kuin ”miten heidän kulttuurissaan toimitaan” on ”mitä tämä ihminen tarvitsee ja toivoo”.

## Johto näyttää suunnan

Henkilöstö seuraa sitä, mitä johto tekee, ei vain sitä, mitä se sanoo. Päättäjät ja johtavat viranhaltijat voivat

- puhua julkisesti maahanmuutosta asiallisesti ja kunnan tulevaisuuden näkökulmasta
- varata osaamisen kehittämiseen aikaa ja rahaa talousarviossa
- edellyttää, että yhdenvertaisuussuunnitelma on ajan tasalla ja sitä noudatetaan
- puuttua heti rasistiseen puheeseen ja syrjintään, myös omissa toimielimissä
- rekrytoida maahan muuttaneita myös kunnan omiin tehtäviin.

## Henkilöstön osaaminen

Asiakastyössä tarvitaan käytännön taitoja: selkokielistä viestintää, tulkkauksen tilaamista, monikielistä tiedottamista ja tietoa siitä, minne asiakkaan voi ohjata. Lyhyet, toistuvat koulutukset ja kollegoiden kesken jaetut hyvät käytännöt toimivat paremmin kuin yksi iso koulutuspäivä.

## Osaamisen kehittäminen käytännössä

Aloita kysymällä henkilöstöltä, missä tilanteissa he kokevat olevansa epävarmoja. Usein vastaukset ovat konkreettisia: puhelu ilman yhteistä kieltä, lomakkeen täyttäminen tai väärinkäsitys, joka kärjistyi. Näistä tilanteista syntyy parhaat harjoitukset. Kokenut kollega voi toimia tukena uudelle työntekijälle, ja monikulttuurinen osaaminen kannattaa sisällyttää jokaisen uuden työntekijän perehdytykseen.

## Esimerkki: palvelupiste Saarijärvellä

Kunnan palvelupisteessä huomataan, että maahan muuttaneet asiakkaat palaavat usein samojen kysymysten kanssa. Esihenkilö järjestää tiimille kaksi lyhyttä selkokielen harjoitusta ja sopii, että yleisimmistä asioista tehdään selkeät kuvalliset ohjeet. Tulkkauksen tilaaminen lisätään perehdytykseen. Muutaman kuukauden kuluttua samat kysymykset toistuvat harvemmin, ja asiakaspalvelu sujuu nopeammin kaikille.`,
                en: `## What multicultural competence is

Multicultural competence is not a list of customs in different countries. It is the ability to meet people whose language, background and experiences differ from your own, so that the service works and everyone is treated equally. It includes

- **knowledge**, for example of the grounds for residence, integration services and equality legislation
- **skills**, such as clear language, working with an interpreter and checking understanding
- **attitudes**, meaning curiosity, respect and a readiness to examine your own assumptions.

Cultural generalisations are risky because they make us see a group instead of an individual. A better question than "how do they do things in their culture" is "what does this person need and hope for".

## Leadership sets the direction

Staff follow what leaders do, not only what they say. Decision-makers and senior officials can

- speak about immigration publicly in a factual way and from the perspective of the municipality's future
- set aside time and money for developing competence in the budget
- require that the equality plan is up to date and followed
- intervene immediately in racist talk and discrimination, also in their own committees
- recruit immigrants to the municipality's own jobs as well.

## Staff competence

Client work needs practical skills: plain-language communication, booking an interpreter, multilingual information and knowing where to refer a client. Short, repeated training sessions and good practices shared between colleagues work better than one big training day.

## Developing competence in practice

Start by asking staff in which situations they feel uncertain. The answers are often concrete: a phone call without a shared language, filling in a form, or a misunderstanding that escalated. These situations make the best exercises. An experienced colleague can support a new employee, and multicultural competence should be part of every new employee's induction.

## Example: a service point in Saarijärvi

Staff at the municipal service point notice that immigrant clients often come back with the same questions. The supervisor arranges two short plain-language exercises for the team and agrees that clear illustrated instructions will be made for the most common matters. Booking an interpreter is added to staff induction. A few months later the same questions come up less often, and customer service runs more quickly for everyone.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Milloin viimeksi kunnan johto puhui julkisesti maahanmuutosta? Millaisen viestin se antoi henkilöstölle ja kuntalaisille?',
                en: 'When did the municipal leadership last speak publicly about immigration? What message did it send to staff and residents?',
              },
            },
          ],
        },
        {
          title: {
            fi: 'Tervetulopalvelut ja aamupalatapaamiset',
            en: 'Welcoming services and breakfast meetings',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Ensimmäiset viikot ratkaisevat paljon

Uudelle asukkaalle ensimmäiset viikot ovat täynnä kysymyksiä. Mistä löytyy asunto? Miten lapsi pääsee päiväkotiin? Mistä saa lääkäriajan? Kenelle voi soittaa? Jos vastaukset löytyvät helposti, ihminen kokee olevansa tervetullut. Jos hän joutuu kiertämään luukulta toiselle, kokemus on päinvastainen.

## Tervetulopalvelujen perusta

Pienessä kunnassa tervetulopalvelut eivät vaadi omaa toimistoa. Tärkeintä on, että

- kunnalla on **nimetty yhteyshenkilö**, jonka tavoittaa puhelimella ja sähköpostilla
- kunnan verkkosivuilla on **perustiedot selkosuomeksi ja englanniksi**: asuminen, päivähoito, koulu, terveyspalvelut, harrastukset ja kielikurssit
- uusi asukas saa **tervetulokeskustelun**, jossa kartoitetaan perheen tilanne ja ohjataan oikeisiin palveluihin
- työnantajat tietävät, mihin uuden työntekijän voi ohjata.

## Aamupala: matala kynnys, aito kohtaaminen

Aamupalatapaaminen on epävirallinen tilaisuus, jossa maahan muuttaneet, työnantajat, päättäjät ja viranhaltijat syövät aamiaista samassa pöydässä. Ajatus on yksinkertainen: ihmiset puhuvat vapaammin kahvikupin ääressä kuin kokouksessa.

Näin aamupala onnistuu:

- kutsu ihmiset henkilökohtaisesti ja selkeällä kielellä, esimerkiksi kielikurssin, työpaikan tai yhdistyksen kautta
- pidä puheet lyhyinä tai jätä ne kokonaan pois
- jaa osallistujat pieniin pöytiin, joissa on pöytäemäntä tai -isäntä ja tarvittaessa tulkki
- valitse yksi tai kaksi kysymystä, kuten ”mikä täällä on ollut helppoa ja mikä vaikeaa?”
- kirjaa ideat ja palaute ylös ja kerro seuraavalla kerralla, mitä niille on tehty.

## Muista koko perhe

Työntekijä jää paikkakunnalle todennäköisemmin, jos myös hänen perheensä viihtyy. Puoliso tarvitsee kielikoulutusta, työtä tai opiskelupaikan ja omia sosiaalisia suhteita. Lapset tarvitsevat tukea koulussa ja mahdollisuuden harrastaa. Tervetulokeskustelussa kannattaa siksi kysyä koko perheen tilanteesta, ei vain työntekijän.

## Esimerkki: aamupala kirjastossa

Viitasaaren kokoinen kunta järjestää kirjastossa aamupalan kerran kuukaudessa. Ensimmäisellä kerralla sahan ulkomaalaiset työntekijät kertovat, että iltaisin ei ole mitään tekemistä ja bussiyhteydet ovat huonot. Kunta ja urheiluseura sopivat sählyvuorosta, ja kyytiasiaa viedään eteenpäin. Seuraavalla kerralla väkeä on kaksinkertainen määrä, koska osallistujat näkivät, että heitä kuunneltiin.`,
                en: `## The first weeks decide a lot

For a new resident, the first weeks are full of questions. Where can I find a flat? How does my child get a day-care place? How do I book a doctor's appointment? Whom can I call? If the answers are easy to find, a person feels welcome. If they are sent from one counter to another, the experience is the opposite.

## The basis of welcoming services

In a small municipality, welcoming services do not require an office of their own. What matters most is that

- the municipality has a **named contact person** who can be reached by phone and e-mail
- the municipality's website has **basic information in plain Finnish and in English**: housing, day care, school, health services, hobbies and language courses
- a new resident is offered a **welcome conversation**, in which the family's situation is mapped and they are guided to the right services
- employers know where to direct a new employee.

## Breakfast meetings: a low threshold and real encounters

A breakfast meeting, known in the project as "aamupala", is an informal event at which immigrants, employers, decision-makers and officials eat breakfast at the same table. The idea is simple: people talk more freely over a cup of coffee than in a formal meeting.

This is how a breakfast meeting succeeds:

- invite people personally and in clear language, for example through a language course, a workplace or an association
- keep speeches short or leave them out altogether
- seat participants at small tables, each with a table host and an interpreter where needed
- choose one or two questions, such as "what has been easy here and what has been difficult?"
- write down ideas and feedback, and at the next meeting tell people what has been done with them.

## Remember the whole family

An employee is more likely to stay if their family is happy too. A spouse needs language training, work or a place to study, and social ties of their own. Children need support at school and a chance to take up hobbies. In a welcome conversation it is therefore worth asking about the whole family's situation, not only the employee's.

## Example: breakfast at the library

A municipality the size of Viitasaari holds a breakfast meeting at the library once a month. At the first one, foreign workers from the sawmill say that there is nothing to do in the evenings and that bus connections are poor. The municipality and a sports club agree on a floorball slot, and the transport issue is taken forward. At the next breakfast twice as many people come, because participants saw that they had been listened to.`,
              },
            },
            {
              kind: 'reflection',
              prompt: {
                fi: 'Kuvittele, että muutat perheinesi uuteen maahan pieneen kaupunkiin. Mitkä kolme asiaa haluaisit tietää ensimmäisellä viikolla? Löytyisivätkö vastaukset oman kuntasi verkkosivuilta?',
                en: 'Imagine moving with your family to a small town in a new country. Which three things would you want to know in the first week? Would the answers be found on your own municipality’s website?',
              },
            },
          ],
        },
        {
          title: {
            fi: 'Edistymisen seuranta mittareilla',
            en: 'Following progress with indicators',
          },
          required: true,
          blocks: [
            {
              kind: 'text',
              markdown: {
                fi: `## Miksi seurata

Ilman seurantaa ohjelma jää hyväksi aikomukseksi. Seurannan avulla päättäjät näkevät, kannattaako toimenpiteitä jatkaa, muuttaa vai lopettaa, ja voivat perustella resurssien käytön valtuustolle ja kuntalaisille.

## Neljänlaisia mittareita

- **Toimintaympäristö:** väestön kehitys, vieraskielisten määrä ja ikärakenne, muuttoliike. Nämä kertovat tilanteesta, mutta kunta ei voi yksin vaikuttaa niihin.
- **Toiminta:** kuinka monta tervetulokeskustelua käytiin, kuinka moni osallistui kielikurssille tai aamupalalle, kuinka monta henkilöä koulutettiin.
- **Prosessi:** kuinka pitkään odotetaan kotoutumissuunnitelmaa tai kielikoulutuksen alkua, löytyykö tulkki ajoissa.
- **Tulokset:** työllisyys, kielitaidon kehitys, kuinka moni jää asumaan kuntaan, koettu hyvinvointi ja tyytyväisyys palveluihin.

Hyvä seuranta yhdistää näitä kaikkia. Pelkät toimintaluvut kertovat, että jotain tehtiin, mutta eivät sitä, oliko siitä hyötyä.

## Tiedon lähteet

Valtakunnallisia tilastoja tuottaa muun muassa Tilastokeskus, ja työllisyysalueelta saa tietoa asiakkaiden palveluista. Kunnan omat kirjaukset, asiakaskyselyt ja aamupalatapaamisten palaute täydentävät kuvaa. Laadullinen tieto, kuten muuttaneiden omat kertomukset, selittää usein sen, mitä luvut eivät kerro.

## Pienten lukujen sudenkuopat

Pienessä kunnassa luvut ovat pieniä. Kun maahan muuttaneita on muutamia kymmeniä, yksi perhe voi muuttaa prosenttiosuutta paljon. Siksi

- tarkastele kehitystä useamman vuoden ajalta, ei yksittäisenä vuotena
- älä julkaise tietoja niin pienistä ryhmistä, että yksittäinen ihminen voidaan tunnistaa
- kerro lukujen rinnalla, mitä niiden taustalla on tapahtunut.

## Seurannasta oppimiseen

Seurannan tarkoitus ei ole etsiä syyllisiä vaan oppia. Käykää tulokset läpi yhdessä kumppaneiden ja maahan muuttaneiden kuntalaisten kanssa ja kysykää, mikä selittää muutoksia. Jos jokin toimenpide ei tuota tulosta, sen lopettaminen on yhtä arvokas päätös kuin uuden aloittaminen.

## Esimerkki: vuosiraportti valtuustolle

Laukaan kokoinen kunta kokoaa kerran vuodessa yhden sivun raportin: tavoitteet, keskeiset mittarit kolmen vuoden ajalta, mitä tehtiin ja mitä seuraavaksi muutetaan. Kotopaikan koontinäkymä näyttää kunnan koulutuksiin ja tilaisuuksiin osallistumisen, ja raporttiin lisätään aamupaloissa kuultuja havaintoja. Valtuusto keskustelee raportista ja päättää seuraavan vuoden painopisteistä.`,
                en: `## Why follow progress

Without follow-up, a programme remains a good intention. Follow-up lets decision-makers see whether measures should be continued, changed or stopped, and justify the use of resources to the council and residents.

## Four kinds of indicators

- **Operating environment:** population trends, the number and age structure of foreign-language speakers, migration. These describe the situation, but the municipality cannot influence them alone.
- **Activity:** how many welcome conversations were held, how many people took part in a language course or a breakfast meeting, how many staff members were trained.
- **Process:** how long people wait for an integration plan or for language training to start, whether an interpreter is available in time.
- **Results:** employment, progress in language skills, how many people stay in the municipality, experienced wellbeing and satisfaction with services.

Good follow-up combines all of these. Activity figures alone show that something was done, but not whether it helped.

## Sources of information

National statistics are produced by Statistics Finland among others, and the employment area has information on the services its clients receive. The municipality's own records, client surveys and feedback from breakfast meetings complete the picture. Qualitative information, such as immigrants' own stories, often explains what the figures cannot.

## The pitfalls of small numbers

In a small municipality the numbers are small. When there are a few dozen immigrant residents, one family can change a percentage a lot. Therefore

- look at trends over several years, not a single year
- do not publish data on groups so small that an individual can be identified
- explain alongside the figures what has happened behind them.

## From follow-up to learning

The purpose of follow-up is not to find someone to blame but to learn. Go through the results together with partners and immigrant residents, and ask what explains the changes. If a measure does not produce results, stopping it is as valuable a decision as starting something new.

## Example: an annual report to the council

A municipality the size of Laukaa compiles a one-page report once a year: the goals, the key indicators over three years, what was done and what will be changed next. The Kotopaikka dashboard shows participation in the municipality's courses and events, and observations heard at breakfast meetings are added to the report. The council discusses the report and decides on the priorities for the following year.`,
              },
            },
            {
              kind: 'quiz',
              quiz: {
                title: {
                  fi: 'Loppukoe: tavoitteellinen maahanmuuttotyö',
                  en: 'Final quiz: goal-oriented immigration work',
                },
                passMarkPercent: 70,
                maxAttempts: 3,
                questions: [
                  {
                    kind: 'true_false',
                    prompt: {
                      fi: 'Kotoutumislaissa (681/2023) ”kunnan kotoutumisohjelma” tarkoittaa valtuuston hyväksymää strategia-asiakirjaa.',
                      en: 'In the Integration Act (681/2023), the "municipal integration programme" means a strategy document approved by the council.',
                    },
                    options: [
                      {
                        text: { fi: 'Totta', en: 'True' },
                        correct: false,
                        feedback: {
                          fi: 'Ei pidä paikkaansa. Laissa kotoutumisohjelma on alkuvaiheen palvelujen kokonaisuus. Kunnan suunnitteluvelvollisuus on erillinen asia.',
                          en: 'Not correct. In the Act, the integration programme is a package of initial-phase services. The municipality’s duty to plan is a separate matter.',
                        },
                      },
                      {
                        text: { fi: 'Tarua', en: 'False' },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Kotoutumisohjelma on palvelukokonaisuus, johon kuuluvat esimerkiksi palvelutarpeen arviointi, kotoutumissuunnitelma ja monikielinen yhteiskuntaorientaatio.',
                          en: 'Correct. The integration programme is a service package that includes, for example, the assessment of service needs, the integration plan and multilingual civic orientation.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'single',
                    prompt: {
                      fi: 'Kuka järjestää julkiset työvoimapalvelut vuoden 2025 alusta lähtien?',
                      en: 'Who has organised public employment services since the start of 2025?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Valtion TE-toimistot',
                          en: 'The state’s TE offices',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. TE-toimistojen tehtävät siirtyivät kunnille vuoden 2025 alussa.',
                          en: 'No. The tasks of the TE offices moved to the municipalities at the start of 2025.',
                        },
                      },
                      {
                        text: {
                          fi: 'Kunnat työllisyysalueina',
                          en: 'Municipalities, as employment areas',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Palveluja järjestää joko yksi riittävän suuri kunta tai usean kunnan muodostama työllisyysalue.',
                          en: 'Correct. The services are organised either by one large enough municipality or by an employment area formed by several municipalities.',
                        },
                      },
                      {
                        text: {
                          fi: 'Hyvinvointialueet',
                          en: 'The wellbeing services counties',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Hyvinvointialueet vastaavat sosiaali- ja terveyspalveluista, eivät työvoimapalveluista.',
                          en: 'No. The wellbeing services counties are responsible for social and health services, not employment services.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'multiple',
                    prompt: {
                      fi: 'Mitkä seuraavista kuuluvat lain mukaan vähintään kunnan kotoutumisohjelmaan?',
                      en: 'Which of the following belong, according to the Act, at least to the municipal integration programme?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Osaamisen ja kotoutumisen palvelutarpeen arviointi',
                          en: 'Assessment of competence and integration service needs',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Arviointi on palvelujen lähtökohta.',
                          en: 'Correct. The assessment is the starting point of the services.',
                        },
                      },
                      {
                        text: {
                          fi: 'Kotoutumissuunnitelma',
                          en: 'An integration plan',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Suunnitelmaan kirjataan henkilön tavoitteet ja palvelut.',
                          en: 'Correct. The plan records the person’s goals and services.',
                        },
                      },
                      {
                        text: {
                          fi: 'Monikielinen yhteiskuntaorientaatio',
                          en: 'Multilingual civic orientation',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Orientaatio antaa tietoa suomalaisesta yhteiskunnasta kielellä, jota henkilö ymmärtää.',
                          en: 'Correct. The orientation gives information about Finnish society in a language the person understands.',
                        },
                      },
                      {
                        text: {
                          fi: 'Taattu työpaikka kunnan palveluksessa',
                          en: 'A guaranteed job with the municipality',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Laki ei takaa työpaikkaa. Palvelut tukevat työllistymistä, mutta työ haetaan avoimilta työmarkkinoilta.',
                          en: 'No. The Act does not guarantee a job. The services support employment, but work is sought on the open labour market.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'single',
                    prompt: {
                      fi: 'Mikä seuraavista tavoitteista on mitattavin?',
                      en: 'Which of the following goals is the most measurable?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Edistämme monikulttuurisuutta kaikessa toiminnassa.',
                          en: 'We promote multiculturalism in all our activities.',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Hyvä periaate, mutta siinä ei ole tekijää, määrää eikä aikarajaa, joten toteutumista ei voi arvioida.',
                          en: 'A good principle, but it has no actor, amount or deadline, so there is no way to assess whether it is met.',
                        },
                      },
                      {
                        text: {
                          fi: 'Vuoden 2027 loppuun mennessä vähintään puolet asiakastyötä tekevistä on käynyt selkokielen koulutuksen.',
                          en: 'By the end of 2027 at least half of the staff who work with clients have completed plain-language training.',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Tavoitteessa on tekijä, tulos, määrä ja aikaraja.',
                          en: 'Correct. The goal has an actor, a result, an amount and a deadline.',
                        },
                      },
                      {
                        text: {
                          fi: 'Maahanmuuttajat viihtyvät kunnassa hyvin.',
                          en: 'Immigrants are happy in the municipality.',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Tavoite on tärkeä, mutta siitä puuttuvat mittari ja aikaraja. Viihtymistä voisi seurata esimerkiksi kyselyllä tai kunnassa pysymisellä.',
                          en: 'The aim is important, but it lacks an indicator and a deadline. Wellbeing could be followed, for example, through a survey or by how many people stay.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'multiple',
                    prompt: {
                      fi: 'Mitkä käytännöt tukevat onnistunutta aamupalatapaamista?',
                      en: 'Which practices support a successful breakfast meeting?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Henkilökohtainen kutsu selkeällä kielellä',
                          en: 'A personal invitation in clear language',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Henkilökohtainen kutsu madaltaa kynnystä tulla paikalle.',
                          en: 'Correct. A personal invitation lowers the threshold to attend.',
                        },
                      },
                      {
                        text: {
                          fi: 'Viranhaltijoiden pitkät esitykset',
                          en: 'Long presentations by officials',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Pitkät esitykset tekevät tilaisuudesta kokouksen ja vievät ajan keskustelulta.',
                          en: 'No. Long presentations turn the event into a meeting and take time away from conversation.',
                        },
                      },
                      {
                        text: {
                          fi: 'Pienet pöytäryhmät ja tarvittaessa tulkki',
                          en: 'Small table groups with an interpreter where needed',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Pienessä ryhmässä jokainen pääsee ääneen.',
                          en: 'Correct. In a small group everyone gets a chance to speak.',
                        },
                      },
                      {
                        text: {
                          fi: 'Kerrotaan, mitä aiemmille ideoille on tehty',
                          en: 'Telling people what has been done with earlier ideas',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Kun osallistujat näkevät, että heitä kuunneltiin, he tulevat uudelleen.',
                          en: 'Correct. When participants see that they were listened to, they come back.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'true_false',
                    prompt: {
                      fi: 'Pienessä kunnassa tietoja ei pidä julkaista niin pienistä ryhmistä, että yksittäinen ihminen voidaan tunnistaa.',
                      en: 'In a small municipality, data should not be published on groups so small that an individual can be identified.',
                    },
                    options: [
                      {
                        text: { fi: 'Totta', en: 'True' },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Yksityisyyden suoja koskee myös tilastoja, ja pienissä ryhmissä tunnistaminen on helppoa.',
                          en: 'Correct. Privacy protection applies to statistics too, and in small groups identification is easy.',
                        },
                      },
                      {
                        text: { fi: 'Tarua', en: 'False' },
                        correct: false,
                        feedback: {
                          fi: 'Väärin. Pienistä ryhmistä julkaistut tiedot voivat paljastaa yksittäisen ihmisen tai perheen tilanteen.',
                          en: 'Wrong. Data published on small groups can reveal the situation of an individual person or family.',
                        },
                      },
                    ],
                  },
                  {
                    kind: 'single',
                    prompt: {
                      fi: 'Mikä seuraavista kuvaa parhaiten johdon monikulttuurista osaamista?',
                      en: 'Which of the following best describes multicultural competence in leadership?',
                    },
                    options: [
                      {
                        text: {
                          fi: 'Johto opettelee luettelon eri maiden tavoista.',
                          en: 'Leaders learn a list of customs in different countries.',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Tapaluettelot johtavat helposti yleistyksiin. Osaaminen on yksilön kohtaamista ja yhdenvertaisia palveluja.',
                          en: 'No. Lists of customs easily lead to generalisations. Competence means meeting the individual and providing equal services.',
                        },
                      },
                      {
                        text: {
                          fi: 'Johto varaa resursseja osaamisen kehittämiseen ja puuttuu syrjintään näkyvästi.',
                          en: 'Leaders set aside resources for developing competence and visibly intervene in discrimination.',
                        },
                        correct: true,
                        feedback: {
                          fi: 'Oikein. Johto näyttää suunnan teoillaan ja päätöksillään.',
                          en: 'Correct. Leadership sets the direction through its actions and decisions.',
                        },
                      },
                      {
                        text: {
                          fi: 'Asia jätetään maahanmuuttokoordinaattorin hoidettavaksi.',
                          en: 'The matter is left to the immigration coordinator.',
                        },
                        correct: false,
                        feedback: {
                          fi: 'Ei. Koordinaattori on tärkeä, mutta kotoutumisen edistäminen kuuluu kaikille toimialoille ja johdolle.',
                          en: 'No. A coordinator is important, but promoting integration belongs to every department and to the leadership.',
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
