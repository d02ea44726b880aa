import { LEAKED_PASSWORDS } from './common-passwords.data';

// Finnish words people pick as passwords (the leaked lists are mostly English). Each is refused as it is and
// with the usual endings below; the user interface is Finnish, so these are the first guesses of an attacker here.
const FINNISH_WORDS = [
  'salasana', 'salainen', 'tunnussana', 'tunnus', 'kirjaudu', 'sisaan', 'sisään', 'tervetuloa', 'vaihda', 'vaihdasalasana',
  'kissa', 'koira', 'hevonen', 'karhu', 'susi', 'kettu', 'hirvi', 'pupu', 'nalle', 'nallekarhu', 'muumi', 'muumipeikko',
  'perkele', 'saatana', 'helvetti', 'vittu', 'paska', 'jumala', 'jeesus', 'enkeli', 'rakkaus', 'rakastan', 'rakas',
  'kulta', 'kultaseni', 'muru', 'murunen', 'aurinko', 'kuu', 'tähti', 'tahti', 'taivas', 'kesä', 'kesa', 'talvi',
  'kevät', 'kevat', 'syksy', 'lumi', 'lumiukko', 'joulu', 'joulupukki', 'juhannus', 'sauna', 'mökki', 'mokki', 'sisu',
  'suomi', 'suomi100', 'finland', 'leijonat', 'huuhkajat', 'jokerit', 'jokeri', 'tappara', 'ilves', 'kärpät', 'karpat',
  'jyp', 'hifk', 'kalpa', 'lukko', 'jääkiekko', 'jaakiekko', 'jalkapallo', 'pesäpallo', 'pesapallo', 'nokia',
  'jyväskylä', 'jyvaskyla', 'helsinki', 'tampere', 'turku', 'oulu', 'kuopio', 'lahti', 'espoo', 'vantaa', 'pori',
  'äänekoski', 'aanekoski', 'laukaa', 'jämsä', 'jamsa', 'keuruu', 'kyyjärvi', 'kyyjarvi', 'pihtipudas', 'saarijärvi',
  'saarijarvi', 'viitasaari', 'kotopaikka', 'kunta', 'koti', 'kotona', 'perhe', 'äiti', 'aiti', 'isä', 'isa', 'mummo',
  'mummi', 'vaari', 'pappa', 'sisko', 'veli', 'poika', 'tyttö', 'tytto', 'vauva', 'mansikka', 'mustikka', 'omena',
  'banaani', 'makkara', 'pulla', 'kahvi', 'olut', 'kalja', 'koskenkorva', 'kossu', 'ruusu', 'kukka', 'metsä', 'metsa',
  'järvi', 'jarvi', 'kalastus', 'kalastaja', 'metsästys', 'metsastys', 'moottori', 'auto', 'traktori', 'valtra',
  'moikka', 'moi', 'hei', 'heippa', 'terve', 'kiitos', 'hyvää', 'hyvaa', 'huomenta', 'kissakoira', 'koirakissa',
  'tietokone', 'kone', 'tyo', 'työ', 'toimisto', 'opettaja', 'oppilas', 'koulu', 'kesäloma', 'kesaloma', 'loma',
  'matti', 'mikko', 'juha', 'jukka', 'timo', 'kari', 'pekka', 'antti', 'jani', 'ville', 'sari', 'anna', 'maria',
  'tiina', 'laura', 'johanna', 'minna', 'kaisa', 'virtanen', 'korhonen', 'nieminen', 'mäkinen', 'makinen',
  'qwerty', 'qwertyui', 'asdfghjkl', 'asdfghjklö', 'asdfghjklöä', 'qwertyuiopå', 'zxcvbnm', 'yxcvbnm',
];

const ENDINGS = ['', '1', '12', '123', '1234', '12345', '123456', '!', '1!', '123!', '01', '11', '69', '99', '00', '2000'];

function years(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

function finnishPasswords(): string[] {
  const endings = [...ENDINGS, ...years(1950, new Date().getFullYear() + 1)];
  return FINNISH_WORDS.flatMap((word) => endings.map((ending) => word + ending));
}

const COMMON = new Set<string>([...LEAKED_PASSWORDS.split(' '), ...finnishPasswords()]);

/** Whether a lower-cased password is one of the well-known ones that guessing attacks try first. */
export function isCommonPassword(lowercased: string): boolean {
  return COMMON.has(lowercased);
}

/** How many passwords the list holds. */
export function commonPasswordCount(): number {
  return COMMON.size;
}
