import { describe, expect, it } from 'vitest';
import { compileTriggers, findTriggers } from '../../../../server/extractor/events/find-triggers.js';
import { tokensWithin } from '../../../../server/extractor/nlp/tokens-within.js';
import { pruneTriggers } from '../../../../server/extractor/events/prune-triggers.js';
import { lexicons } from '../../../../server/extractor/lexicons/load-lexicons.js';
import { segmentText } from '../../../../server/extractor/segments/segment-text.js';
import { annotateRecorded } from '../../../support/extract-recorded.js';

const words = compileTriggers(lexicons.triggers);

function triggersOf(text: string) {
  const nlp = annotateRecorded(text);
  const all = segmentText(text).flatMap((s) => findTriggers(tokensWithin(nlp, s), s, words));
  return pruneTriggers(all, text, nlp).map((t) => `${t.text}:${t.subtype ?? t.type}`);
}

describe('findTriggers', () => {
  it('types event nouns and statement verbs', () => {
    expect(triggersOf('The minister condemned the air strikes and urged a truce.')).toEqual(['condemned:accusation', 'air strikes:offensive', 'urged:appeal', 'truce:ceasefire']);
  });

  it('reads working the phones as calls, a meeting', () => {
    expect(triggersOf('The Peruvian minister worked the phones with Andean leaders on Monday.')).toEqual(['worked the phones:meeting']);
  });

  it('prefers the longest phrase', () => {
    expect(triggersOf('They announced a cessation of hostilities.')).toEqual(['cessation of hostilities:ceasefire']);
  });

  it('ignores phrases that name no event', () => {
    expect(triggersOf('She spoke at a press conference.')).toEqual([]);
    expect(triggersOf('Peru continues to press ahead with its missile tests.')).toEqual([]);
  });

  it('reads a retreat forced in battle as no ceasefire, unlike an agreed pullback', () => {
    expect(triggersOf('The rebels took the town after the army retreated.')).not.toContainEqual('retreated:ceasefire');
    expect(triggersOf('The army pulled back from the town.')).toContainEqual('pulled back:ceasefire');
  });

  it('drops "agreed" when it only introduces another event', () => {
    expect(triggersOf('Both sides agreed to a truce.')).toEqual(['truce:ceasefire']);
    expect(triggersOf('The rebels agreed to withdraw.')).toEqual(['withdraw:ceasefire']);
    expect(triggersOf('Chad agreed with Sudan in principle on a truce.')).toEqual(['truce:ceasefire']);
  });

  it('keeps "agreed" for a deal of its own beside talks that only set the scene', () => {
    expect(triggersOf('The two sides agreed at the start of the talks to swap prisoners.')).toEqual(['agreed:agreement', 'talks:talks']);
    expect(triggersOf('After the talks, Chad and Sudan agreed to reopen the border.')).toEqual(['talks:talks', 'agreed:agreement']);
  });

  it('reads a present-tense clause on an actor as a standing position, and a past one as an act', () => {
    expect(triggersOf('Chile, which backs the Peruvian government, sent troops to the border.')).toEqual([]);
    expect(triggersOf('Chile, which praised the Peruvian government on Monday, sent troops to the border.')).toEqual(['praised:support']);
  });

  it('reads leaving an accord as no withdrawal of forces', () => {
    expect(triggersOf('Chile withdrew from the grain deal in July.')).toEqual(['deal:agreement']);
    expect(triggersOf('Chile withdrew its troops from the border in July.')).toEqual(['withdrew:ceasefire']);
  });

  it('reads "ceasefire deal" as one ceasefire, not a ceasefire and a deal', () => {
    expect(triggersOf('A ceasefire deal was reached.')).toEqual(['ceasefire deal:ceasefire']);
  });

  it('drops "agreed that", a shared view rather than a deal, and keeps a bare "agreed"', () => {
    expect(triggersOf('Lima and Quito agreed that the border should stay open.')).toEqual([]);
    expect(triggersOf('Lima and Quito agreed on Monday.')).toEqual(['agreed:agreement']);
  });

  it('folds "convene talks" into the talks', () => {
    expect(triggersOf('The envoy will convene talks.')).toEqual(['talks:talks']);
  });

  it('reads a handshake, a stand in solidarity, an offer of help and a prisoner exchange told with verbs', () => {
    expect(triggersOf('The Peruvian president shook hands with his Chilean counterpart.')).toEqual(['shook hands:meeting']);
    expect(triggersOf('The ministers stood in solidarity with Lithuania.')).toEqual(['stood in solidarity:support']);
    expect(triggersOf('Chile offered help to Peru after the floods.')).toEqual(['offered help:support']);
    expect(triggersOf('Lima and Quito will exchange prisoners next week.')).toEqual(['exchange prisoners:humanitarian']);
  });

  it('reads releasing captives as humanitarian, not releasing a statement, and relief from sanctions as no aid', () => {
    expect(triggersOf('Peru released 20 Chilean prisoners on Monday.')).toEqual(['released:humanitarian']);
    expect(triggersOf('The ministry released a statement on Monday.')).toEqual([]);
    expect(triggersOf('Peru will get relief from the tariffs.')).not.toContainEqual('relief:humanitarian');
  });

  it('reads cutting aid as sanctions and voicing outrage as an accusation', () => {
    expect(triggersOf('Peru suspended aid to Chile.')).toEqual(['suspended aid:sanctions']);
    expect(triggersOf('Chile expressed outrage at the shelling.')).toEqual(['expressed outrage:accusation', 'shelling:offensive']);
  });

  it('reads cautioning against an act as an appeal and voicing frustration as an accusation', () => {
    expect(triggersOf('Norway cautioned Sweden against a hasty decision and expressed frustration with Denmark.')).toEqual(['cautioned:appeal', 'expressed frustration:accusation']);
  });

  it('reads taking up arms, an uprising and rocket salvoes as attacks', () => {
    expect(triggersOf('The rebels took up arms in the north.')).toEqual(['took up arms:offensive']);
    expect(triggersOf('The militants fired rocket salvoes at the town.')).toContainEqual('salvoes:offensive');
    expect(triggersOf('The colonel called for an uprising against the junta.')).toContainEqual('uprising:offensive');
  });

  it('reads detaining and arresting as coercion, an attack of its own (CAMEO 17)', () => {
    expect(triggersOf('Peruvian police detained two Chilean diplomats.')).toEqual(['detained:offensive']);
    expect(triggersOf('Chile condemned the arrest of its envoy.')).toEqual(['condemned:accusation', 'arrest:offensive']);
  });

  it('reads receiving support as no meeting', () => {
    expect(triggersOf('The rebels received support from Chile.')).not.toContainEqual('received:meeting');
  });

  it('reads hosting refugees as humanitarian, not as a meeting', () => {
    expect(triggersOf('Peru is preparing to host 5,000 refugees from Chile.')).toEqual(['host:humanitarian']);
  });

  it('reads a session of a body as a meeting', () => {
    expect(triggersOf('The Security Council held an emergency session on Peru.')).toEqual(['emergency session:meeting']);
  });

  it('finds a hyphenated phrase that the tokenizer splits at its hyphen', () => {
    expect(triggersOf('Peru and Chile agreed a cease-fire on Monday.')).toEqual(['cease-fire:ceasefire']);
    expect(triggersOf('The rebels launched a counter-offensive.')).toEqual(['counter-offensive:offensive']);
  });

  it('reads measures as sanctions only when they are taken against someone, wherever the preposition stands', () => {
    expect(triggersOf('The bloc adopted "temporary measures" against Serbia.')).toEqual(['measures:sanctions']);
    expect(triggersOf('The bloc adopted measures to cut emissions.')).toEqual([]);
  });

  it('reads banning and taking away a trade status as sanctions', () => {
    expect(triggersOf('Peru banned flights from Chile.')).toEqual(['banned:sanctions']);
    expect(triggersOf('Lima withdrew the preferential trade status of Quito.')).toEqual(['withdrew:sanctions']);
  });

  it('reads "struck" as an attack, except when it strikes a deal', () => {
    expect(triggersOf('Jets struck rebel targets overnight.')).toEqual(['struck:offensive']);
    expect(triggersOf('The two rivals struck a landmark deal.')).toEqual(['deal:agreement']);
  });
});

describe('findTriggers on the dependency tree', () => {
  it('reads a participle before its noun as an adjective, not an event', () => {
    expect(triggersOf('The Qatar-brokered accord between Lima and Quito holds.')).toEqual(['accord:agreement']);
    expect(triggersOf('Aid reached the besieged village on Monday.')).not.toContainEqual('besieged:offensive');
  });

  it('reads a word inside a name as no event', () => {
    expect(triggersOf('Peru thanked the High Peace Council for its work.')).not.toContainEqual('Peace:agreement');
    expect(triggersOf('The rebels met the Joint Negotiations Commission in Lima.')).toEqual(['met:meeting']);
  });

  it('lets the event noun carry a verb that brokers, signs or follows from it', () => {
    expect(triggersOf('Norway mediated the truce between Lima and Quito.')).toEqual(['truce:ceasefire']);
    expect(triggersOf('Peru signed the accord with Chile.')).toEqual(['accord:agreement']);
    expect(triggersOf('The fighting has killed 300 people since March.')).toEqual(['fighting:offensive']);
    expect(triggersOf('The talks were hosted by Oman.')).toEqual(['talks:talks']);
  });

  it('keeps negotiating as talks of its own', () => {
    expect(triggersOf('Lima and Quito negotiated a truce.')).toEqual(['negotiated:talks', 'truce:ceasefire']);
  });

  it('reads a meeting where someone spoke as a setting', () => {
    expect(triggersOf('The minister told reporters at a meeting in Lima that Quito must pay.')).not.toContainEqual('meeting:meeting');
  });

  it('reads a statement verb that another one asks for or charges as no statement of its own', () => {
    expect(triggersOf('Mali accused Niger of backing the rebels.')).toEqual(['accused:accusation']);
    expect(triggersOf('Chad urged Sudan to condemn the raid.')).not.toContainEqual('condemn:accusation');
    expect(triggersOf('Chad condemned the raid while Sudan praised the army.')).toContainEqual('praised:support');
  });

  it('reads a word whose object gives it another sense as no event', () => {
    expect(triggersOf('Chad urged Sudan to seize the opportunity.')).not.toContainEqual('seize:offensive');
    expect(triggersOf('Peru saw a chance which both sides should seize.')).not.toContainEqual('seize:offensive');
    expect(triggersOf('The deal opens a window which both sides should seize.')).not.toContainEqual('seize:offensive');
    expect(triggersOf('The ministry released a statement on Monday.')).toEqual([]);
    expect(triggersOf('The rebels released the hostages.')).toContainEqual('released:humanitarian');
    expect(triggersOf('Kenya will host 5,000 refugees from Somalia.')).toEqual(['host:humanitarian']);
    expect(triggersOf('Kenya hosted the Somali president in Nairobi.')).toEqual(['hosted:meeting']);
  });

  it('reads a pullout of anything but forces as no ceasefire', () => {
    expect(triggersOf('India pulled out its ambassador from Nepal.')).toEqual([]);
    expect(triggersOf('Russia pulled out its troops from the border.')).toEqual(['pulled out:ceasefire']);
    expect(triggersOf('The rebels pulled out of the town.')).toEqual(['pulled out:ceasefire']);
  });

  it('reads a verb that only counts the toll of a conflict as no attack', () => {
    expect(triggersOf('Chad and Sudan signed a deal to end a conflict that has killed 9,000 people.')).not.toContainEqual('killed:offensive');
    expect(triggersOf('Rebels killed nine soldiers near the border.')).toEqual(['killed:offensive']);
  });

  it('reads "talk" in the singular as speech, not negotiations', () => {
    expect(triggersOf('Officials doubted the Kremlin talk of a truce.')).toEqual(['truce:ceasefire']);
    expect(triggersOf('Chad and Sudan held talks in Doha.')).toEqual(['talks:talks']);
  });

  it('reads talks a trip is made for as that trip, but talks parties met for as talks of their own', () => {
    expect(triggersOf('The Chadian minister flew to Khartoum for talks on the border.')).toEqual(['flew to:meeting']);
    expect(triggersOf('Chad and Sudan met in Doha for talks on the border.')).toEqual(['met:meeting', 'talks:talks']);
  });

  it('reads arriving in a place as a visit', () => {
    expect(triggersOf('The Chilean envoy arrived in Lima on Monday.')).toEqual(['arrived in:meeting']);
  });

  it('reads a protest or démarche lodged with a government as an accusation, and a street protest as none', () => {
    expect(triggersOf('Peru lodged a formal protest with Chile over the incident.')).toHaveLength(1);
    expect(triggersOf('Peru lodged a formal protest with Chile over the incident.')[0]).toMatch(/:accusation$/);
    expect(triggersOf('Peru issued a strongly worded protest on Monday.')).toEqual(['issued:accusation']);
    expect(triggersOf('Thousands joined the protests against Chile in Lima.')).toEqual([]);
    expect(triggersOf('Quito handed the Peruvian envoy a strong demarche.')).toEqual(['demarche:accusation']);
  });

  it('reads accepting a proposal as support and declaring war as a threat, not an attack', () => {
    expect(triggersOf('The rebels accepted a truce proposed by Chile.')).toEqual(['accepted:support', 'truce:ceasefire']);
    expect(triggersOf('Chad declared war on the rebels.')).toEqual(['declared war:threat']);
    expect(triggersOf('Peru accepted an invitation from Chile.')).toEqual([]);
  });

  it('reads a capture, takeover or military intervention as an attack, and a disarmament as de-escalation', () => {
    expect(triggersOf('Peru condemned the capture of the port by the rebels.')).toEqual(['condemned:accusation', 'capture:offensive']);
    expect(triggersOf('Chile warned against a military intervention in Bolivia.')).toEqual(['warned:threat', 'military intervention:offensive']);
    expect(triggersOf('The army was sent to combat the gangs.')).toEqual(['combat:offensive']);
    expect(triggersOf('The deal provides for the disarmament of the rebels.')).toEqual(['deal:agreement', 'disarmament:ceasefire']);
  });

  it('reads summoning an envoy as a meeting, and summoning parties to talks as the talks alone', () => {
    expect(triggersOf('Chile summoned the Peruvian ambassador on Monday.')).toEqual(['summoned:meeting']);
    expect(triggersOf('The foreign ministers of Chile and Peru have been summoned to Lima for talks on a truce.')).toEqual(['talks:talks', 'truce:ceasefire']);
  });

  it('reads lashing out at a government as an accusation and striking a deal as an agreement', () => {
    expect(triggersOf('Peru lashed out at Chile over the border.')).toEqual(['lashed out at:accusation']);
    expect(triggersOf('Peru and Chile reached an understanding on the border.')).toEqual(['reached an understanding:agreement']);
  });

  it('reads a verb the parser coordinates with a noun as a participle, not an act', () => {
    expect(triggersOf('A truce between the government in Accra and recognised opposition groups should be in place within a month, they said.')).toEqual(['truce:ceasefire']);
  });

  it('reads a ban by past resolutions as a standing fact, and a ban by a body as an act', () => {
    expect(triggersOf('Chad tested a rocket of a kind banned by previous UN resolutions.')).toEqual(['resolutions:resolution']);
    expect(triggersOf('Chad tested a rocket of a kind banned by the council on Monday.')).toEqual(['banned:sanctions']);
  });

  it('reads CAMEO acts beyond the commonest words: recalling an envoy, vowing revenge, liberating a town, holding fire', () => {
    expect(triggersOf('Peru withdrew its ambassador from Chile.')).toEqual(['withdrew:sanctions']);
    expect(triggersOf('The rebels vowed revenge against Chile.')).toEqual(['vowed revenge:threat']);
    expect(triggersOf('The army liberated the town from the rebels.')).toEqual(['liberated:offensive']);
    expect(triggersOf('Both armies held fire along the border.')).toEqual(['held fire:ceasefire']);
    expect(triggersOf('The Peruvian president spoke on the phone with his Chilean counterpart.')).toEqual(['spoke on the phone:meeting']);
    expect(triggersOf('Peru and Chile reopened their embassies.')).toEqual(['reopened:agreement']);
  });

  it('reads counted votes as the ballots of a vote, not a vote of their own', () => {
    expect(triggersOf('The council voted on the text, which drew 11 votes in favour.')).toEqual(['voted:resolution']);
    expect(triggersOf('The council held a vote on the text.')).toEqual(['vote:resolution']);
  });

  it('reads an envoy recalled for consultations as no talks', () => {
    expect(triggersOf('Ghana recalled its envoy to Togo for consultations.')).toEqual([]);
    expect(triggersOf('Ghana and Togo began consultations on the border.')).toEqual(['consultations:talks']);
  });

  it('reads a conflict as fighting when it is called violent or named with its sides, and not otherwise', () => {
    expect(triggersOf("Peru's brutal conflict with the rebels dragged on.")).toEqual(['brutal conflict:offensive']);
    expect(triggersOf('The conflict between Chad and Sudan dragged on.')).toEqual(['conflict:offensive']);
    expect(triggersOf('All parties to the conflict must respect the truce.')).toEqual(['truce:ceasefire']);
  });
});
