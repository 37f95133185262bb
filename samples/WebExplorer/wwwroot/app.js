// The explorer page: edits a scenario with form controls and asks the decision service at
// /alliance what the rulebook concludes. Every name and text from the scenario or the service is
// put into the page as a text node (textContent), never parsed as markup.
'use strict';

const api = '/alliance';

const offerKinds = ['PartnershipUpgrade', 'BaseAccess', 'AllianceTreaty', 'SecurityGuarantee', 'TroopStationing', 'ArmsSales', 'MilitaryAid', 'EconomicAid', 'CapacityBuilding'];
const domainsRequired = new Set(['AllianceTreaty', 'SecurityGuarantee']);
const domainsOptional = new Set(['BaseAccess', 'ArmsSales', 'MilitaryAid', 'CapacityBuilding']);
const aidKinds = new Set(['MilitaryAid', 'EconomicAid']);
const stances = ['Containment', 'Neutral', 'Rapprochement'];
const resolves = ['Demonstrated', 'Undemonstrated', 'Wavering'];
const politicalSystems = ['Affirmed', 'Partial', 'NotAffirmed'];

const state = {
  scenario: null,
  episode: null,
  edited: false,
  claims: new Map(),
  decisions: new Map(),
  rules: new Map(),
  values: new Map(),
  // The kinds of conclusion as GET rulebook describes them (the library's descriptors): where an
  // assessment holds each, its title, and the properties that name its subject and hold its value.
  kinds: [],
  inFlight: null,
  timer: 0,
};

const $ = id => document.getElementById(id);

// --- building the page from data, as text -------------------------------------------------------

/** An element with attributes and children; strings become text nodes, so no data is ever parsed as HTML. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name in node && typeof value !== 'string') node[name] = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) {
  node.replaceChildren();
  return node;
}

/** A conclusion key as the library writes it: [, ], , and \ in a name are escaped with a backslash. */
function keyOf(section, ...subject) {
  return `${section}[${subject.map(part => String(part).replace(/[\\[\],]/g, m => '\\' + m)).join(',')}]`;
}

/** The words for a vocabulary value a kind's property takes, as text reports write them (GET rulebook's phrases); the value itself where there are none. Keys keep the names. */
function phrase(kind, property, value) {
  return kind?.phrases?.[property]?.[value] ?? value;
}

/** A finding's key, from the properties its kind names; a subject part that may be left out ends the key where it is. */
function keyFor(kind, item) {
  const subject = [];
  for (const [i, name] of kind.subject.entries()) {
    if (item[name] === undefined && kind.optional[i]) break;
    subject.push(item[name]);
  }
  return keyOf(kind.key.split('[')[0], ...subject);
}

/** A finding's value: its kind's value property (a boolean is the first or second of its values), or present for a kind drawn or not. */
function valueFor(kind, item) {
  if (!kind.value) return 'present';
  const value = item[kind.value];
  return typeof value === 'boolean' ? kind.values[value ? 0 : 1] : String(value);
}

function claimChip(id) {
  const claim = state.claims.get(id);
  const title = claim ? `${claim.text}${claim.hedge ? ` (the article hedges: "${claim.hedge}")` : ''}` : id;
  // Links only to anchors built from catalogue IDs; an ID from elsewhere is shown, not linked.
  return /^[A-Z][0-9]+$/.test(id) && claim
    ? el('a', { class: 'chip claim', href: `#claim-${id}`, title, text: id })
    : el('span', { class: 'chip claim', text: id });
}

function decisionChip(id) {
  const decision = state.decisions.get(id);
  return /^D[0-9]+$/.test(id) && decision
    ? el('a', { class: 'chip decision', href: `#decision-${id}`, title: decision.title, text: id })
    : el('span', { class: 'chip decision', text: id });
}

/** A hedge the conclusion inherits from a claim beneath it (its own claims carry their hedge in their title). */
function hedgeChip(id) {
  const claim = state.claims.get(id);
  const text = claim && claim.hedge ? `hedged: "${claim.hedge}" (${id})` : `hedged: ${id}`;
  return el('span', { class: 'chip hedge', title: claim ? claim.text : id, text });
}

function chips(claims = [], decisions = [], hedges = []) {
  return [...claims.map(claimChip), ...decisions.map(decisionChip), ...hedges.filter(h => !claims.includes(h)).map(hedgeChip)];
}

// --- the service --------------------------------------------------------------------------------

async function getJson(path) {
  const response = await fetch(api + path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

async function postJson(path, body, signal) {
  const response = await fetch(api + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  const json = await response.json().catch(() => null);
  return { ok: response.ok, status: response.status, json, rulebook: response.headers.get('AllianceRules-Rulebook') };
}

function showDecision(json) {
  if (json && typeof json.decisionId === 'string') $('decision-id').textContent = json.decisionId;
  if (json && typeof json.rulebook === 'string') $('rulebook-version').textContent = json.rulebook;
}

function showProblems(problem) {
  const list = clear($('problems'));
  if (!problem) return;
  const errors = problem.errors ?? {};
  const entries = Object.entries(errors);
  if (entries.length === 0) list.append(el('li', { text: problem.detail ?? problem.title ?? 'the request failed' }));
  for (const [path, messages] of entries) {
    for (const message of messages) list.append(el('li', {}, el('code', { text: path }), ': ', message));
  }
}

function setStatus(text, mode) {
  const status = $('status');
  status.textContent = text;
  status.dataset.state = mode;
}

// --- the scenario model -------------------------------------------------------------------------

function roles() {
  return { hedgingState: state.scenario.roles?.hedgingState ?? 'Vietnam', neighbour: state.scenario.roles?.neighbour ?? 'China' };
}

function blankScenario() {
  return {
    id: 'my-scenario',
    title: 'A scenario of my own',
    relation: { level: 'Good', settlementFailed: false },
    powers: [],
    geography: [{ kind: 'LandBorder', between: ['Vietnam', 'China'] }],
    offers: [],
    coercion: [],
  };
}

function normalize(scenario) {
  for (const name of ['powers', 'geography', 'offers', 'coercion']) scenario[name] ??= [];
  scenario.relation.settlementFailed ??= false;
  return scenario;
}

function landBorderIndex(power) {
  const { neighbour } = roles();
  return state.scenario.geography.findIndex(g => g.kind === 'LandBorder' && g.between?.includes(power) && g.between?.includes(neighbour));
}

/** Renames a power everywhere the scenario refers to it, so the form never leaves a dangling name. */
function renamePower(from, to) {
  for (const offer of state.scenario.offers) if (offer.from === from) offer.from = to;
  for (const g of state.scenario.geography) {
    if (g.subject === from) g.subject = to;
    if (g.between) g.between = g.between.map(n => (n === from ? to : n));
  }
  for (const r of state.scenario.observed?.responses ?? []) if (r.from === from) r.from = to;
}

/** Drops what refers to a power or an offer that is gone: the service would refuse it, rightly. */
function reconcile() {
  const s = state.scenario;
  const names = new Set(s.powers.map(p => p.name));
  const { hedgingState, neighbour } = roles();
  const actors = new Set([...names, hedgingState, neighbour]);
  s.offers = s.offers.filter(o => names.has(o.from));
  s.geography = s.geography.filter(g => (g.kind === 'Overseas' ? names.has(g.subject) : (g.between ?? []).every(n => actors.has(n))));
  if (s.observed?.responses) {
    s.observed.responses = s.observed.responses.filter(r => s.offers.some(o => o.from === r.from && o.kind === r.kind));
  }
}

function edited() {
  state.edited = true;
  reconcile();
  renderJson();
  schedule();
}

// --- the form -----------------------------------------------------------------------------------

function select(options, value, onChange, attributes = {}) {
  const node = el('select', { ...attributes, onchange: event => onChange(event.target.value) }, options.map(o => el('option', { value: o, text: o })));
  node.value = value;
  return node;
}

function checkbox(label, checked, onChange, attributes = {}) {
  return el('label', {}, el('input', { type: 'checkbox', checked, ...attributes, onchange: event => onChange(event.target.checked) }), ' ', label);
}

function renderForm() {
  const s = state.scenario;
  $('relation-level').value = s.relation.level;
  $('settlement-failed').checked = !!s.relation.settlementFailed;
  renderPowers();
  renderOffers();
  renderCoercion();
  renderJson();
}

function renderPowers() {
  const list = clear($('power-list'));
  state.scenario.powers.forEach((power, index) => {
    const name = el('input', { type: 'text', class: 'power-name', 'aria-label': 'name', value: power.name });
    const rename = () => {
      const before = power.name;
      if (before === name.value) return;
      power.name = name.value;
      renamePower(before, power.name);
      renderOffers();
      edited();
    };
    // input as the person types; change too, for a field emptied without typing (a browser's clear).
    name.addEventListener('input', rename);
    name.addEventListener('change', rename);
    const border = landBorderIndex(power.name) >= 0;
    list.append(el('div', { class: 'item power' },
      name,
      checkbox('extra-regional', power.extraRegional, v => { power.extraRegional = v; edited(); }),
      el('label', {}, 'stance ', select(stances, power.stance, v => { power.stance = v; edited(); }, { class: 'power-stance' })),
      el('label', {}, 'resolve ', select(resolves, power.resolve, v => { power.resolve = v; edited(); })),
      checkbox('avoids a land war', power.avoidsLandWar, v => { power.avoidsLandWar = v; edited(); }),
      el('label', {}, 'political system ', select(politicalSystems, power.politicalSystem, v => { power.politicalSystem = v; edited(); })),
      checkbox('capable', power.capable !== false, v => { power.capable = v; edited(); }),
      checkbox(`borders ${roles().neighbour} on land`, border, v => {
        const at = landBorderIndex(power.name);
        if (v && at < 0) state.scenario.geography.push({ kind: 'LandBorder', between: [power.name, roles().neighbour] });
        if (!v && at >= 0) state.scenario.geography.splice(at, 1);
        edited();
      }),
      el('button', { type: 'button', class: 'small', text: 'remove', onclick: () => { state.scenario.powers.splice(index, 1); edited(); renderForm(); } })));
  });
}

function renderOffers() {
  const list = clear($('offer-list'));
  const names = state.scenario.powers.map(p => p.name);
  $('add-offer').disabled = names.length === 0;
  state.scenario.offers.forEach((offer, index) => {
    const row = el('div', { class: 'item offer' },
      el('label', {}, 'from ', select(names, offer.from, v => { offer.from = v; edited(); }, { class: 'offer-from' })),
      el('label', {}, 'kind ', select(offerKinds, offer.kind, v => { offer.kind = v; fitOffer(offer); edited(); renderOffers(); }, { class: 'offer-kind' })));
    if (domainsRequired.has(offer.kind) || domainsOptional.has(offer.kind)) {
      for (const domain of ['Land', 'Sea']) {
        row.append(checkbox(domain, (offer.domains ?? []).includes(domain), v => {
          const set = new Set(offer.domains ?? []);
          if (v) set.add(domain); else set.delete(domain);
          offer.domains = ['Land', 'Sea'].filter(d => set.has(d));
          if (offer.domains.length === 0) delete offer.domains;
          edited();
        }));
      }
    }
    if (aidKinds.has(offer.kind)) {
      const amount = el('input', { type: 'number', min: '0', step: '100000000', placeholder: 'US$ a year', 'aria-label': 'US$ a year', value: offer.annualUsd ?? '' });
      amount.addEventListener('input', () => {
        if (amount.value === '' || !Number.isFinite(Number(amount.value))) delete offer.annualUsd; else offer.annualUsd = Number(amount.value);
        edited();
      });
      row.append(el('label', {}, 'US$ a year ', amount));
    }
    row.append(el('button', { type: 'button', class: 'small', text: 'remove', onclick: () => { state.scenario.offers.splice(index, 1); edited(); renderOffers(); } }));
    list.append(row);
  });
}

/** Keeps an offer's domains and amounts to what its kind allows (docs/scenario-format.md). */
function fitOffer(offer) {
  if (!aidKinds.has(offer.kind)) { delete offer.annualUsd; delete offer.shareOfGdp; }
  if (domainsRequired.has(offer.kind) && !(offer.domains?.length)) offer.domains = ['Land', 'Sea'];
  if (!domainsRequired.has(offer.kind) && !domainsOptional.has(offer.kind)) delete offer.domains;
}

function renderCoercion() {
  const list = clear($('coercion-list'));
  state.scenario.coercion.forEach((event, index) => {
    const kind = el('input', { type: 'text', 'aria-label': 'kind', value: event.kind });
    kind.addEventListener('input', () => { event.kind = kind.value; edited(); });
    const year = el('input', { type: 'number', min: '1000', max: '3000', 'aria-label': 'year', value: event.year });
    year.addEventListener('input', () => { event.year = Number(year.value); edited(); });
    list.append(el('div', { class: 'item coercion' },
      el('label', {}, 'domain ', select(['Land', 'Sea'], event.domain, v => { event.domain = v; edited(); })),
      el('label', {}, 'kind ', kind),
      el('label', {}, 'year ', year),
      el('button', { type: 'button', class: 'small', text: 'remove', onclick: () => { state.scenario.coercion.splice(index, 1); edited(); renderCoercion(); } })));
  });
}

function renderJson() {
  $('scenario-json').textContent = JSON.stringify(state.scenario, null, 2);
}

// --- assessing ----------------------------------------------------------------------------------

function schedule() {
  clearTimeout(state.timer);
  state.timer = setTimeout(assess, 200);
}

async function assess() {
  // A newer edit supersedes the request in flight: abort it, and the service cancels its work.
  state.inFlight?.abort();
  const controller = new AbortController();
  state.inFlight = controller;
  setStatus('Assessing…', 'busy');
  let result;
  try {
    result = await postJson('/assess', state.scenario, controller.signal);
  } catch (error) {
    if (error.name === 'AbortError') return;
    setStatus(`The service cannot be reached: ${error.message}`, 'error');
    return;
  }
  if (state.inFlight !== controller) return;
  showDecision(result.json);
  if (!result.ok) {
    setStatus(result.json?.title ?? `The service answered ${result.status}`, 'error');
    showProblems(result.json);
    clear($('conclusions'));
    $('backtest').hidden = true;
    return;
  }
  showProblems(null);
  setStatus(state.edited && state.episode ? `Assessed (edited from ${state.episode})` : 'Assessed', 'ready');
  renderAssessment(result.json);
}

function renderAssessment(assessment) {
  const root = clear($('conclusions'));
  const posture = assessment.posture;
  // Valid but odd input: said, never hidden, and never a changed conclusion (docs/scenario-format.md, "Warnings").
  if (assessment.warnings?.length) {
    root.append(el('div', { class: 'warnings', id: 'warnings' },
      el('strong', { text: 'Warnings (valid but odd input; no conclusion changes):' }),
      el('ul', {}, assessment.warnings.map(w => el('li', { text: `${w.id} ${w.path}: ${w.message}` })))));
  }
  const postureKind = state.kinds.find(k => k.single);
  root.append(el('div', { class: 'posture conclusion', 'data-key': 'posture' },
    'Posture: ', el('strong', { id: 'posture-value', class: `value ${posture.value}`, 'data-value': posture.value, title: posture.value, text: phrase(postureKind, postureKind?.value, posture.value) }), ' ',
    chips(posture.claims, posture.decisions, posture.hedges), ' ',
    actions('posture', 'Posture', posture.value)));

  for (const kind of state.kinds.filter(k => k.title && !k.single && !k.within)) {
    const items = assessment[kind.section] ?? [];
    if (items.length === 0) continue;
    const columns = kind.subject;
    const nested = state.kinds.filter(k => k.within === kind.kind);
    const head = el('tr', {}, columns.map(c => el('th', { text: c })), el('th', { text: 'value' }), el('th', { text: 'claims and decisions' }), el('th', { text: '' }));
    const body = el('tbody');
    for (const item of items) {
      const key = keyFor(kind, item);
      const value = valueFor(kind, item);
      body.append(el('tr', { class: 'conclusion', 'data-key': key },
        columns.map(c => el('td', { class: `subject ${c}`, title: item[c] ?? '', text: phrase(kind, c, item[c] ?? '') })),
        el('td', {}, el('span', { class: `value ${value.replace(' ', '-')}`, 'data-value': value, title: value, text: phrase(kind, kind.value, value) }),
          nested.map(n => item[n.section]?.length
            ? el('div', { class: n.section }, `${n.section}: `, item[n.section].flatMap((inner, i) => [i ? ', ' : '', n.subject.filter(c => inner[c] !== undefined).map(c => phrase(n, c, inner[c])).join(' ')]))
            : null)),
        el('td', {}, chips(item.claims, item.decisions, item.hedges)),
        el('td', { class: 'actions' }, actions(key, kind.kind, value))));
    }
    root.append(el('h3', { text: kind.title }), el('table', { class: kind.section }, el('thead', {}, head), body));
  }

  renderBacktest(assessment.backtest);
}

/** "why?" for the value drawn, and "why not …?" for each other value the kind can take. */
function actions(key, kind, actual) {
  const why = el('button', { type: 'button', class: 'small why', text: 'why?', onclick: () => explain(key) });
  const others = (state.values.get(kind) ?? []).filter(v => v !== actual);
  if (others.length === 0) return why;
  const whyNot = el('select', { class: 'why-not', 'aria-label': `why not, for ${key}` },
    el('option', { value: '', text: 'why not…' }), others.map(v => el('option', { value: v, text: v })));
  whyNot.addEventListener('change', () => {
    if (whyNot.value) explain(`${key}=${whyNot.value}`);
    whyNot.value = '';
  });
  return el('span', {}, why, ' ', whyNot);
}

function renderBacktest(backtest) {
  const section = $('backtest');
  const body = clear($('backtest-body'));
  section.hidden = !backtest;
  if (!backtest) return;
  if (state.edited) body.append(el('p', { class: 'note', text: 'The record is of the episode as it happened; the scenario has been changed since.' }));
  if (backtest.matches) {
    body.append(el('p', {}, el('span', { class: 'value match', text: 'Matches the record' }), ' in every field it holds.'));
    return;
  }
  const rows = backtest.misses.map(m => el('tr', {},
    el('td', {}, el('code', { text: m.field })),
    el('td', { text: m.predicted }),
    el('td', { text: m.observed }),
    el('td', {}, m.rules.map(r => el('div', { class: 'rule', text: r }))),
    el('td', {}, chips(m.claims, m.decisions))));
  body.append(el('p', {}, el('span', { class: 'value miss', text: 'Misses the record' }), ` in ${backtest.misses.length} field(s):`),
    el('table', {}, el('thead', {}, el('tr', {}, ['field', 'predicted', 'observed', 'drawn by', 'claims'].map(h => el('th', { text: h })))), el('tbody', {}, rows)));
}

// --- explaining ---------------------------------------------------------------------------------

async function explain(conclusion) {
  const section = $('explanation');
  const body = clear($('explanation-body'));
  section.hidden = false;
  $('explanation-title').textContent = `Explaining ${conclusion}`;
  body.append(el('p', { class: 'note', text: 'Searching…' }));
  const result = await postJson('/explain', { scenario: state.scenario, conclusion });
  showDecision(result.json);
  clear(body);
  if (!result.ok) {
    body.append(el('p', { class: 'problems', text: result.json?.detail ?? `The service answered ${result.status}` }));
    return;
  }
  renderExplanation(result.json, body);
  section.scrollIntoView({ block: 'nearest' });
}

function renderExplanation(x, body) {
  const facts = new Map((x.facts ?? []).map(f => [f.id, f]));
  $('explanation-title').textContent = x.isDrawn ? `Why ${x.conclusion} is ${x.actual}` : `Why ${x.conclusion} is not ${x.asked}`;
  if (!x.isDrawn) body.append(el('p', {}, 'The rules drew ', el('span', { class: 'value', text: x.actual }), '.'));
  if (x.because.length) {
    body.append(el('h4', { text: x.isDrawn ? 'Because' : `What drew ${x.actual}` }), tree(x.because, facts, new Set()));
  }
  for (const obstacle of x.obstacles ?? []) {
    body.append(el('h4', {}, 'In the way: ', obstacle.name, ' ', chips(obstacle.claims)), tree(obstacle.because, facts, new Set()), remedies(obstacle.remedies, `What closes ${obstacle.name}`));
  }
  if (!x.isDrawn) {
    body.append(x.remedies.length
      ? remedies(x.remedies, `The smallest changes that would draw ${x.asked}`)
      : el('p', { text: `No change of one or two inputs draws ${x.asked}.` }));
    if (x.unreached?.length) {
      body.append(el('h4', { text: `The rules that could draw ${x.asked}, and what each lacked` }), el('div', { class: 'tree' }, checkedRules(x.unreached)));
    }
    body.append(el('p', { class: 'note', text: `${x.assessed} neighbouring scenarios assessed${x.stoppedAtBudget ? '; the search stopped at its budget, so some pairs of changes were not tried' : ''}.` }));
  }
}

/** Rule firings and the facts they matched, derived facts expanded once (the graph shares them). */
function tree(firings, facts, seen) {
  return el('ul', { class: 'tree' }, firings.map(firing => {
    const rule = state.rules.get(firing.rule);
    return el('li', {},
      el('span', { class: 'rule', text: firing.rule }), ' ', chips(firing.claims, firing.decisions),
      rule ? el('div', { class: 'description', text: rule.description }) : null,
      el('ul', {}, firing.matched.map(id => {
        const fact = facts.get(id);
        if (!fact) return el('li', { text: id });
        const item = el('li', { class: 'fact' }, el('span', { class: 'kind', text: `${fact.fact}: ` }), fact.text);
        if (fact.because) {
          if (seen.has(id)) item.append(el('span', { class: 'note', text: ' (explained above)' }));
          else { seen.add(id); item.append(tree(fact.because, facts, seen)); }
        }
        return item;
      }), absences(firing.absent)));
  }));
}

/** What a firing required absent, and each rule checked for it: the fact it lacked, or its failed condition (docs/explanations.md, "What was absent"). */
function absences(list) {
  return (list ?? []).map(condition => el('li', { class: 'fact absent' },
    el('span', { class: 'kind', text: 'absent: ' }), condition.text,
    condition.checked.length === 0
      ? el('span', { class: 'note', text: ' (input)' })
      : checkedRules(condition.checked)));
}

/** Rules that could have drawn something and did not, each with what it lacked. */
function checkedRules(rules) {
  return el('ul', {}, rules.map(rule => el('li', { class: 'checked' },
    el('span', { class: 'rule', text: rule.rule }), ' ', chips([], rule.decisions),
    rule.unmet ? `: ${rule.unmet}` : (rule.absent?.length ? ': needs what is absent' : ': did not fire'),
    rule.absent?.length ? el('ul', {}, absences(rule.absent)) : null)));
}

function remedies(list, title) {
  if (!list?.length) return null;
  return el('div', {}, el('h4', { text: title }), el('ul', {}, list.map(r => el('li', {},
    r.changes.map((c, i) => [i ? ' and ' : '', el('code', { text: c.field }), `: ${c.from} → ${c.to}`]),
    r.rules?.length ? el('div', { class: 'description' }, 'drawn by ', r.rules.map((name, i) => [i ? ', ' : '', el('span', { class: 'rule', text: name })]), ' ', chips(r.claims)) : null))));
}

// --- loading ------------------------------------------------------------------------------------

async function loadEpisode(id) {
  state.edited = false;
  state.episode = id || null;
  $('explanation').hidden = true;
  if (!id) {
    state.scenario = blankScenario();
    $('episode-note').textContent = 'A blank scenario: relations Good, the hedging state bordering its neighbour, no great power yet.';
  } else {
    const response = await getJson(`/scenarios/${encodeURIComponent(id)}`);
    state.scenario = normalize(response.scenario);
    const s = state.scenario;
    $('episode-note').textContent = [s.date, s.title].filter(Boolean).join(' · ') + (s.observed ? ' · has a record (backtested)' : '');
  }
  renderForm();
  assess();
}

async function start() {
  const [scenarios, claims, rulebook] = await Promise.all([getJson('/scenarios'), getJson('/claims'), getJson('/rulebook')]);
  $('rulebook-version').textContent = rulebook.rulebook;
  for (const claim of claims.claims) state.claims.set(claim.id, claim);
  for (const decision of rulebook.decisions) state.decisions.set(decision.id, decision);
  for (const rule of rulebook.rules) state.rules.set(rule.name, rule);
  state.kinds = rulebook.conclusions;
  for (const kind of rulebook.conclusions) state.values.set(kind.kind, kind.values);

  const episode = $('episode');
  for (const s of scenarios.scenarios) {
    episode.append(el('option', { value: s.id, text: `${s.id}${s.hasRecord ? '' : ' (no record)'}` }));
  }
  episode.addEventListener('change', () => loadEpisode(episode.value));

  $('claims').append(...claims.claims.flatMap(c => [
    el('dt', { id: `claim-${c.id}`, text: `${c.id} ¶${c.paragraphs.join(',')} (${c.kind})` }),
    el('dd', {}, c.text, c.hedge ? el('span', { class: 'hedge', text: ` hedged: "${c.hedge}"` }) : null)]));
  $('decisions').append(...rulebook.decisions.flatMap(d => [
    el('dt', { id: `decision-${d.id}`, text: `${d.id}: ${d.title}${d.addsContent ? ' (adds to the article)' : ''}` }),
    el('dd', {}, d.text, ' ', chips(d.claims))]));

  $('relation-level').addEventListener('change', event => { state.scenario.relation.level = event.target.value; edited(); });
  $('settlement-failed').addEventListener('change', event => { state.scenario.relation.settlementFailed = event.target.checked; edited(); });
  $('add-power').addEventListener('click', () => {
    const taken = new Set(state.scenario.powers.map(p => p.name));
    let n = state.scenario.powers.length + 1;
    while (taken.has(`Power ${n}`)) n++;
    state.scenario.powers.push({ name: `Power ${n}`, extraRegional: true, stance: 'Containment', resolve: 'Undemonstrated', avoidsLandWar: false, politicalSystem: 'Affirmed', capable: true });
    edited();
    renderForm();
  });
  $('add-offer').addEventListener('click', () => {
    state.scenario.offers.push({ from: state.scenario.powers[0].name, kind: 'PartnershipUpgrade' });
    edited();
    renderOffers();
  });
  $('add-coercion').addEventListener('click', () => {
    state.scenario.coercion.push({ domain: 'Sea', kind: 'Standoff', year: 2024 });
    edited();
    renderCoercion();
  });

  document.body.dataset.ready = 'true';
  await loadEpisode('');
}

start().catch(error => setStatus(`The page could not start: ${error.message}`, 'error'));
