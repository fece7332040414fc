import { describe, expect, it } from 'vitest';
import { extractRecorded } from '../../../support/extract-recorded.js';
import { buildArticle } from '../build-article.js';

const relationsOf = (text: string) => extractRecorded(buildArticle(text)).relations.map((r) => `${r.source} ${r.type} ${r.target}`);

describe('findRelations', () => {
  it('ties a leader to the state whose government bears their name, though their title names none', () => {
    const text = 'The Peruvian army shelled the border town. President Ana Ruiz\'s government denied it.';
    expect(relationsOf(text)).toContain('ana_ruiz LEADS peru');
  });

  it('makes those who sided with a titled leader back that leader', () => {
    const text = 'Cuba and Iran have long sided with Venezuelan President Ramon Vega, whom Peru opposes.';
    expect(relationsOf(text)).toEqual(expect.arrayContaining(['cuba BACKS ramon_vega', 'iran BACKS ramon_vega']));
  });

  it('makes a president whose title names no state lead the state whose government the article names, else the state it is about', () => {
    const text = "Mali's government rejected the plan. President Ali Toure said on Monday the talks were over.";
    expect(relationsOf(text)).toContain('ali_toure LEADS mali');
    expect(relationsOf('Kenya rejected the plan. President Ali Toure said on Monday the talks were over.')).toContain('ali_toure LEADS kenya');
  });

  it('does not give a president whose title names no state a state whose head the text names', () => {
    const text = 'Kenyan President Ruth Wanjiru rejected the plan in Kenya. President Ali Toure said on Monday the talks were over.';
    expect(relationsOf(text)).toContain('ruth_wanjiru LEADS kenya');
    expect(relationsOf(text)).not.toContain('ali_toure LEADS kenya');
    const counterpart = 'In Kenya, President Ali Toure met his Kenyan counterpart Ruth Wanjiru on Monday.';
    expect(relationsOf(counterpart)).toContain('ruth_wanjiru LEADS kenya');
    expect(relationsOf(counterpart)).not.toContain('ali_toure LEADS kenya');
  });

  it('makes a "strongman" lead the state of the demonym before the title', () => {
    expect(relationsOf('Ukrainian strongman Ivan Petrenko said on Monday that Ukraine would not yield.')).toContain('ivan_petrenko LEADS ukraine');
  });

  it('makes a minister whose title names no state represent the government the sentence names before them or they head', () => {
    expect(relationsOf("Oman's foreign ministry said the claims were false, and Foreign Minister Said Harthi said Muscat would not yield.")).toContain(
      'said_harthi REPRESENTS oman',
    );
    const headed = 'Foreign Minister Lina Saad, who led the government delegation in Mali, called on the rebels to disarm.';
    expect(relationsOf(headed)).toContain('lina_saad REPRESENTS mali');
    expect(relationsOf('Security Adviser Tom Reyes said sanctions on Iran would return.')).not.toContain('tom_reyes REPRESENTS iran');
  });

  it('gives a bare "Secretary of State" the state the lexicon gives that title', () => {
    expect(relationsOf('Secretary of State Dana Moore would lead the follow-up talks with Pyongyang.')).toContain('dana_moore REPRESENTS united_states');
  });

  it('makes a past ruler lead the state the article is about', () => {
    expect(relationsOf('Exports from Chad have collapsed since the years under Idris Kamal, officials in Chad said.')).toContain('idris_kamal LEADS chad');
  });

  it('makes "X-backed" back only the actor it modifies, not one named further on', () => {
    expect(relationsOf('Rebels demanded that Iranian-backed militias leave Syria.')).not.toContain('iran BACKS syrian_government');
    expect(relationsOf('Iranian-backed Houthi rebels seized the port on Monday.')).toContain('iran BACKS houthis');
  });

  it('makes the head of a side\'s delegation represent that side', () => {
    const text = 'Ali Darwish, a leader of the Ahrar al-Sham group who headed the rebel delegation in Syria, walked out on Monday with Jaish al-Islam.';
    expect(relationsOf(text)).toContain('ali_darwish REPRESENTS syrian_rebels');
  });

  it('reads "the rebels" as the one armed group the article names, at war with the government', () => {
    const text = 'The Arakan Army seized two towns in Myanmar. The rebels said on Monday that the government had shelled their camps.';
    expect(relationsOf(text)).toEqual(expect.arrayContaining(['arakan_army OPPOSES myanmar', 'myanmar OPPOSES arakan_army']));
  });

  it('sets both sides of a hostility "between" them against each other, wherever the parser hangs the phrase', () => {
    expect(relationsOf('Fighting broke out on Sunday between Peru and Chile along the coast.')).toEqual(expect.arrayContaining(['peru OPPOSES chile', 'chile OPPOSES peru']));
    expect(relationsOf('The deal ends years of rivalry between Ghana and Togo over the border.')).toEqual(expect.arrayContaining(['ghana OPPOSES togo', 'togo OPPOSES ghana']));
    expect(relationsOf('Talks between Ghana and Togo resumed on Sunday.')).not.toContain('ghana OPPOSES togo');
  });

  it('finds the sides of a hostility written as modifiers of one noun, not in a clause about one side', () => {
    expect(relationsOf('The envoy said that led to clashes on Friday between Peruvian and Chilean forces.')).toEqual(expect.arrayContaining(['peru OPPOSES chile', 'chile OPPOSES peru']));
    const clause = 'War broke out between the Sahel Front, which Ghana once armed, and the government of Togo.';
    expect(relationsOf(clause)).not.toContain('ghana OPPOSES togo');
  });

  it('finds the second side of a hostility that the parser conjoined to the verb of a clause about the first', () => {
    const text = 'Peru signed the deal. Conflict erupted a year ago between Chile, which used to dominate Andean politics, and Bolivia, officials said.';
    expect(relationsOf(text)).toEqual(expect.arrayContaining(['chile OPPOSES bolivia', 'bolivia OPPOSES chile']));
  });

  it('ties a titled person to their state even where the title only introduces them inside a longer phrase', () => {
    expect(relationsOf('Peruvian President Ana Ruiz’s office confirmed the truce with Chile on Monday.')).toContain('ana_ruiz LEADS peru');
  });

  it('gives a former office no tie', () => {
    const text = 'Tomas Vidal, a former Chilean president, met the envoy in Lima on Monday.';
    expect(relationsOf(text)).not.toContain('tomas_vidal LEADS chile');
    expect(relationsOf('Former Chilean President Tomas Vidal met the envoy in Lima on Monday.')).not.toContain('tomas_vidal LEADS chile');
  });

  it('makes the "by" agent of "led"/"headed" lead the named body, past a parenthesised acronym', () => {
    expect(relationsOf('The Northern Defence Forces (NDF) led by General Amin Osman seized the town on Monday.')).toContain('amin_osman LEADS northern_defence_forces');
  });

  it('makes a body that "backs" a titled leader back that leader', () => {
    expect(relationsOf('The Saudi-led coalition, which backs President Omar Salem, struck the port on Monday.')).toContain('saudi_led_coalition BACKS omar_salem');
  });

  it('makes an armed group attacking beside a state\'s forces back that state', () => {
    const text = 'Syrian government forces and Hezbollah fighters launched an offensive against rebels on Monday.';
    expect(relationsOf(text)).toContain('hezbollah BACKS syrian_government');
  });

  it('ties a state\'s ambassador at a body to the state, not the body', () => {
    const text = 'Peru\'s UN ambassador Ana Ruiz called the vote a mistake.';
    expect(relationsOf(text)).toContain('ana_ruiz REPRESENTS peru');
    expect(relationsOf(text)).not.toContain('ana_ruiz REPRESENTS un');
  });

  it('does not borrow a title\'s state from another person holding the same title', () => {
    const text = 'President Lena Berg spoke on Monday. Chilean President Mario Soto replied on Tuesday.';
    expect(relationsOf(text)).not.toContain('lena_berg LEADS chile');
    expect(relationsOf(text)).toContain('mario_soto LEADS chile');
  });

  it('keeps two persons of one family name apart, each with their own title', () => {
    const text = 'Omani Foreign Minister Sheikh Khalid bin Saad Al Nasser met Omani Emir Sheikh Faisal bin Omar Al Nasser on Monday.';
    const { actors, relations } = extractRecorded(buildArticle(text));
    expect(actors.filter((a) => a.kind === 'person')).toHaveLength(2);
    expect(relations.map((r) => `${r.type} ${r.target}`).sort()).toEqual(['LEADS oman', 'REPRESENTS oman']);
  });

  it('ties a minister with a lower-case title to the state of the demonym before it', () => {
    expect(relationsOf('Talks went on between Chile and Turkish foreign minister Mehmet Aydin.')).toContain('mehmet_aydin REPRESENTS turkey');
  });

  it('makes states listed in apposition to a body, or called its members, MEMBER_OF it', () => {
    expect(relationsOf('A statement came from Kenya, Uganda and Ethiopia, the IGAD, on Monday.')).toEqual(
      expect.arrayContaining(['kenya MEMBER_OF igad', 'uganda MEMBER_OF igad', 'ethiopia MEMBER_OF igad']),
    );
    expect(relationsOf('NATO member Turkey attacked Syria.')).toContain('turkey MEMBER_OF nato');
    expect(relationsOf('Chad, a member of the African Union, sent troops.')).toContain('chad MEMBER_OF african_union');
  });

  it('makes the states listed after "the <body> countries," its members, but not one state added after it', () => {
    expect(relationsOf('The plan was drafted by the ASEAN countries, Indonesia, Malaysia and Thailand, on Monday.')).toEqual(
      expect.arrayContaining(['indonesia MEMBER_OF asean', 'malaysia MEMBER_OF asean', 'thailand MEMBER_OF asean']),
    );
    expect(relationsOf('The plan was drafted by the ASEAN countries, and Japan joined them.').filter((r) => r.includes('MEMBER_OF'))).toEqual([]);
  });

  it('makes the actors a body includes or involves its members, and not those a deal involves', () => {
    expect(relationsOf('ASEAN, which comprises Indonesia, Malaysia and Thailand, met on Monday.')).toEqual(
      expect.arrayContaining(['indonesia MEMBER_OF asean', 'malaysia MEMBER_OF asean', 'thailand MEMBER_OF asean']),
    );
    expect(relationsOf('The G20 talks involving Brazil as host and India and China as guests resumed.')).toEqual(
      expect.arrayContaining(['brazil MEMBER_OF g20', 'india MEMBER_OF g20', 'china MEMBER_OF g20']),
    );
    expect(relationsOf('A deal involving Russia and Iran was signed on Monday.').filter((r) => r.includes('MEMBER_OF'))).toEqual([]);
  });

  it('makes a mission named after another body part of it', () => {
    const relations = relationsOf('The UN Assistance Mission in Chad (UNAMC) said on Monday that the UN would stay in Chad.');
    expect(relations.filter((r) => r.endsWith('MEMBER_OF un'))).toHaveLength(1);
  });

  it('does not make one state in apposition a member', () => {
    expect(relationsOf('Aid came from Kenya, the IGAD chair.').filter((r) => r.includes('MEMBER_OF'))).toEqual([]);
  });

  it('makes only the actor named right before "supporting" the backer, not the one accusing it', () => {
    const relations = relationsOf('The United States accused Eritrea of supporting al-Shabaab.');
    expect(relations).toContain('eritrea BACKS al_shabaab');
    expect(relations).not.toContain('united_states BACKS al_shabaab');
  });

  it('reads membership from the tree: an apposition or predicate "member of" or "part of" a body, and a subject that joined one', () => {
    expect(relationsOf('Laila Haddad, a senior member of the National Salvation Council, spoke on Monday.')).toContain('laila_haddad MEMBER_OF national_salvation_council');
    expect(relationsOf('Peru and Chile joined the World Customs Organization in 1990.')).toEqual(
      expect.arrayContaining(['peru MEMBER_OF world_customs_organization', 'chile MEMBER_OF world_customs_organization']),
    );
    expect(relationsOf('The Sahel Front had grown into being part of the wider al-Qaeda network.')).toContain('sahel_front MEMBER_OF al_qaeda');
    expect(relationsOf('Peru joined the talks with Chile on Monday.').filter((r) => r.includes('MEMBER_OF'))).toEqual([]);
  });

  it('knows a body by the initials of its name', () => {
    expect(relationsOf('The World Customs Organization met in Lima. Chile joined the WCO in 1990.')).toContain('chile MEMBER_OF world_customs_organization');
  });

  it('makes allies named by an ally noun back its owner, and subjects of a backing verb back its actor object', () => {
    expect(relationsOf("Chile's allies Peru and Bolivia voted against the motion.")).toEqual(expect.arrayContaining(['peru BACKS chile', 'bolivia BACKS chile']));
    expect(relationsOf('Cuba, a close ally of Venezuela, abstained on Monday.')).toContain('cuba BACKS venezuela');
    expect(relationsOf('Russia has long backed Serbia in the dispute.')).toContain('russia BACKS serbia');
    expect(relationsOf('Russia did not back Serbia in the vote.')).not.toContain('russia BACKS serbia');
    expect(relationsOf('The Sahel Front fights alongside the Malian army near Gao.')).toContain('sahel_front BACKS mali');
  });

  it('makes who sends or leads a force to support an actor back it, and stand against whom it is supported against', () => {
    const sent = relationsOf('France sent troops to support the Malian government against the Sahel Front.');
    expect(sent).toEqual(expect.arrayContaining(['france BACKS mali', 'france OPPOSES sahel_front']));
    expect(relationsOf('Chile has been leading a naval coalition to support Peru since 2019.')).toContain('chile BACKS peru');
    expect(relationsOf('Russia urged Iran to support Syria at the talks.')).not.toContain('russia BACKS syria');
  });

  it('makes the state of a "pro-" demonym back the actor it qualifies, when the article names that state', () => {
    const backed = relationsOf('Pro-Russian separatists shelled the town on Monday, but Russia denied any role.').filter((r) => r.startsWith('russia BACKS'));
    expect(backed).toHaveLength(1);
    expect(relationsOf('Pro-Russian separatists shelled the town on Monday.').filter((r) => r.startsWith('russia BACKS'))).toEqual([]);
  });

  it('reads opposition from the tree: fighting sets both sides against each other, protests and broken ties only their authors', () => {
    expect(relationsOf("Exports fell after Peru's war on Chile began.")).toEqual(expect.arrayContaining(['peru OPPOSES chile', 'chile OPPOSES peru']));
    expect(relationsOf('Ghana vowed to fight the Sahel Front until it disarmed.')).toEqual(expect.arrayContaining(['ghana OPPOSES sahel_front', 'sahel_front OPPOSES ghana']));
    const protest = 'Opposition leader Ana Ruiz continues to call for mass protests against President Luis Soto.';
    expect(relationsOf(protest)).toContain('ana_ruiz OPPOSES luis_soto');
    expect(relationsOf(protest)).not.toContain('luis_soto OPPOSES ana_ruiz');
    expect(relationsOf('Bolivia cut ties with Chile on Monday.')).toContain('bolivia OPPOSES chile');
    expect(relationsOf('Bolivia restored ties with Chile on Monday.')).not.toContain('bolivia OPPOSES chile');
  });

  it('sets the passive subject of a predicate against the side of the clashes it was in', () => {
    expect(relationsOf('Malian troops were seen after clashes with Sahel Front fighters near Gao.')).toEqual(
      expect.arrayContaining(['mali OPPOSES sahel_front', 'sahel_front OPPOSES mali']),
    );
  });

  it('does not read a named force\'s fight as a fight between its sender and the enemy', () => {
    expect(relationsOf('The United Nations agreed to send the African Union mission to Somalia to fight al-Shabaab.')).not.toContain('al_shabaab OPPOSES un');
  });

  it('makes who labels an actor terrorist oppose it, and not who labels an actor otherwise', () => {
    expect(relationsOf('The Sahel Front, designated by Chile as a terrorist group, attacked the port.')).toContain('chile OPPOSES sahel_front');
    expect(relationsOf('Chile designated the Sahel Front a terrorist organisation on Monday.')).toContain('chile OPPOSES sahel_front');
    expect(relationsOf('Chile designated Peru as the host of the talks.')).not.toContain('chile OPPOSES peru');
  });

  it('makes a region that broke away or seceded from a state oppose it, and not a deadlock broken with it', () => {
    expect(relationsOf('Eritrea broke away from Ethiopia after a long war.')).toContain('eritrea OPPOSES ethiopia');
    expect(relationsOf('Eritrea seceded from Ethiopia in 1993.')).toContain('eritrea OPPOSES ethiopia');
    expect(relationsOf('Peru broke the deadlock with Chile on Monday.')).not.toContain('peru OPPOSES chile');
  });

  it('makes those who seek to remove a ruler oppose the ruler', () => {
    expect(relationsOf('The Sahel Front has since raised its demands to include the departure of President Ali Toure.')).toContain('sahel_front OPPOSES ali_toure');
    expect(relationsOf('The Sahel Front vowed to topple President Ali Toure by force.')).toContain('sahel_front OPPOSES ali_toure');
    expect(relationsOf('The Sahel Front vowed to topple President Ali Toure by force.')).not.toContain('ali_toure OPPOSES sahel_front');
  });

  it('reads the title beside a name from the tree: its possessor, its demonym, or the bodies after "of"/"for"', () => {
    expect(relationsOf('Chile’s foreign affairs minister, Ana Ruiz, said the talks would resume.')).toContain('ana_ruiz REPRESENTS chile');
    const list = relationsOf('Omar Sidi, chief negotiator for the Sahel Front and the Azawad Movement, said the talks were over.');
    expect(list).toEqual(expect.arrayContaining(['omar_sidi REPRESENTS sahel_front', 'omar_sidi REPRESENTS azawad_movement']));
  });

  it('ties the head of a state\'s named body to the body, not to the state', () => {
    const relations = relationsOf("Kofi Mensah, head of Ghana's National Peace Council, returned to Accra on Monday.");
    expect(relations).toContain('kofi_mensah LEADS national_peace_council');
    expect(relations).not.toContain('kofi_mensah LEADS ghana');
  });

  it('ties a person to their present office only, not to the former one listed with it', () => {
    const text = "Tomas Vidal, a former Chilean president and now the African Union's High Representative for the Sahel, arrived on Monday.";
    expect(relationsOf(text)).toContain('tomas_vidal REPRESENTS african_union');
    expect(relationsOf(text)).not.toContain('tomas_vidal LEADS chile');
  });

  it('makes a deputy of a leading title represent the body, not lead it', () => {
    expect(relationsOf("Hamas's deputy chief Omar Saleh vowed to continue the talks.")).toContain('omar_saleh REPRESENTS hamas');
    expect(relationsOf("Hamas's deputy chief Omar Saleh vowed to continue the talks.")).not.toContain('omar_saleh LEADS hamas');
  });

  it('makes the head of a side\'s delegation represent the side', () => {
    const text = 'This was reported by the head of the Chilean delegation, Defense Minister Ana Ruiz, after the meeting.';
    expect(relationsOf(text)).toContain('ana_ruiz REPRESENTS chile');
    expect(relationsOf(text)).not.toContain('ana_ruiz LEADS chile');
  });

  it('reads a lower-case "secretary general" as the head of the body before it', () => {
    expect(relationsOf('The UN secretary general, Maria Lind, urged both sides to talk.')).toContain('maria_lind LEADS un');
  });

  it('makes the authors of severing ties oppose the other side', () => {
    expect(relationsOf('Peru and its allies announced the severing of ties with Chile last month.')).toContain('peru OPPOSES chile');
  });

  it('makes a person owned by a state\'s name lead it, unless a title ties them otherwise', () => {
    expect(relationsOf("Talks stalled, but Chile's Ana Ruiz remains hopeful.")).toContain('ana_ruiz LEADS chile');
    const minister = relationsOf("Chilean Foreign Minister Ana Ruiz arrived on Monday. Chile's Ana Ruiz said the talks would resume.");
    expect(minister).toContain('ana_ruiz REPRESENTS chile');
    expect(minister).not.toContain('ana_ruiz LEADS chile');
  });

  it('makes a person owning a body lead it', () => {
    expect(relationsOf("Omar Sidi said on Monday that Sidi's Azawad Liberation Movement would attend the talks.")).toContain('omar_sidi LEADS azawad_liberation_movement');
  });

  it('takes no person from the words after a title that name a body', () => {
    const { actors } = extractRecorded(buildArticle('The Head of the UN Relief Mission in Chad (UNRMC) Ana Ruiz called for a truce in the east on Monday.'));
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.id)).not.toContain('relief_mission');
  });
});
