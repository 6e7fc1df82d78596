/**
 * Common given names in the dictionary's languages (EN, FR, DE, ES) and a few frequent others,
 * lower-cased without accents. Used only to confirm a generic `name` column on a table of people
 * (issue 11 item 8) when no e-mail/phone/address column beside it says the rows are people: a
 * company name (`Hartmann Maschinenbau GmbH`) does not start with one.
 */
const NAMES = `
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua
kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy
walter christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan
juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene oliver harry liam lucas leo luke max tom tim
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret ashley kimberly emily donna michelle
carol amanda melissa deborah stephanie dorothy rebecca sharon laura cynthia amy kathleen angela shirley brenda emma anna pamela nicole samantha
katherine christine helen debra rachel carolyn janet maria catherine heather diane olivia julie joyce victoria ruth virginia lauren kelly
christina joan evelyn judith andrea hannah megan cheryl jacqueline martha madison teresa gloria sara janice ann kathryn abigail sophia frances
jean alice judy isabella julia grace amber denise danielle marilyn beverly charlotte natalie theresa diana brittany doris kayla alexis lori
marie ava mia ella chloe lily zoe ruby jane
jean pierre michel philippe alain nicolas christophe patrick francois laurent stephane sebastien julien olivier eric frederic david thierry
pascal vincent antoine guillaume mathieu romain maxime alexandre hugo lucas louis gabriel arthur jules raphael adam paul nathan thomas theo
clement baptiste quentin florian benoit bruno didier gilles herve jacques yves claude bernard andre marcel rene lucien henri emile
nathalie isabelle sylvie catherine christine sophie valerie sandrine veronique stephanie celine aurelie camille julie emilie claire caroline
elodie audrey laetitia virginie severine helene anne marion manon lea chloe ines jade louise alice lina rose ambre juliette mathilde pauline
margaux charlotte lucie sarah oceane clara eva agathe jeanne colette monique francoise brigitte chantal martine dominique josiane odile
klaus hans jurgen juergen wolfgang dieter gunter guenter horst helmut gerhard uwe rainer manfred bernd werner heinz karl walter stefan andreas
frank markus matthias martin torsten jens sven dirk holger ralf jorg joerg kai lars tobias florian sebastian philipp felix jonas leon finn
lukas niklas moritz tim jan nils paul ben elias
ursula petra sabine monika renate andrea claudia susanne birgit gabriele karin heike kerstin katrin anja nicole silke stefanie tanja ute
ingrid helga gisela brigitte angelika christa elke erika hannelore marianne jutta doris annette bettina cornelia daniela julia laura lena
lea leonie mia hanna hannah johanna sophie marie emilia greta ida frieda
jose antonio manuel francisco juan javier carlos jesus miguel rafael pedro angel alejandro fernando pablo sergio jorge alberto luis alvaro
diego adrian raul enrique ramon vicente ignacio andres ruben oscar joaquin santiago victor mario roberto eduardo gonzalo hector marcos
carmen josefa isabel dolores pilar teresa ana rosa cristina angeles lucia elena marta mercedes paula raquel silvia rocio beatriz patricia
sara irene laura nuria alba andrea noelia natalia claudia valeria daniela sofia martina ximena camila guadalupe esperanza concepcion
giuseppe giovanni francesco marco luca matteo alessandro andrea lorenzo stefano roberto paolo giulia francesca chiara sara elena valentina
jan piotr krzysztof tomasz pawel marcin michal dariusz anna katarzyna malgorzata agnieszka barbara ewa magdalena joanna
lars anders erik per nils karl johan tomas mikael sven ingrid astrid karin kristina eva lena
mohamed mohammed ahmed ali omar youssef fatima aisha khadija amina sofia
wei li ming hiroshi takashi yuki kenji akira
ingrid lea aurelie dariusz tomas sophie markus antoine nathalie julien camille
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n !== ""));

/** The first word of a value, lower-cased without accents, is a common given name. */
export function startsWithFirstName(value: string): boolean {
  const first = value.trim().split(" ")[0] ?? "";
  const plain = first.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return FIRST_NAMES.has(plain);
}
