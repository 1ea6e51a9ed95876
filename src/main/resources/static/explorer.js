'use strict';

// The built-in graph explorer: plain JavaScript over Entente's REST API, drawn with Cytoscape.js.
(() => {

	// One colour per label; a fact is coloured by its subtype. Red is kept for hostile facts.
	const COLOURS = {
		Country: '#1f77b4',
		Military: '#2ca02c',
		StateBody: '#98df8a',
		Official: '#9467bd',
		Honor: '#e6ab02',
		Group: '#8c564b',
		ArmedGroup: '#525252',
		Conferral: '#17becf',
		Engagement: '#ff7f0e',
		Position: '#bcbd22',
		StandingTie: '#5254a3',
		Treaty: '#393b79',
		Alliance: '#6b6ecf',
		Source: '#9e9e9e',
		EventType: '#c7c7c7',
	};
	const HOSTILE = '#d62728';
	const FACT_KINDS = ['Conferral', 'Engagement', 'Position', 'StandingTie'];
	const GENERIC_LABELS = ['Entity', 'Fact'];

	const $ = (selector) => document.querySelector(selector);

	/** The most specific label: a fact's subtype, else the first label that is not Entity or Fact. */
	function kindOf(labels) {
		return labels.find((label) => FACT_KINDS.includes(label))
			|| labels.find((label) => !GENERIC_LABELS.includes(label))
			|| labels[0] || 'Node';
	}

	/** Builds an element; children may be strings (always inserted as text, never as HTML) or elements. */
	function el(tag, attributes = {}, ...children) {
		const element = document.createElement(tag);
		for (const [name, value] of Object.entries(attributes)) {
			if (value === undefined || value === null || value === false) {
				continue;
			}
			if (name.startsWith('on')) {
				element.addEventListener(name.slice(2), value);
			}
			else if (name === 'dataset') {
				Object.assign(element.dataset, value);
			}
			else {
				element.setAttribute(name, value === true ? '' : value);
			}
		}
		element.append(...children.flat().filter((child) => child !== undefined && child !== null)
			.map((child) => (child instanceof Node ? child : String(child))));
		return element;
	}

	const number = (value, digits = 3) => (value === null || value === undefined ? '–' : Number(value).toFixed(digits));
	const signed = (value, digits = 2) => (value > 0 ? '+' : '') + number(value, digits);

	// --- API -------------------------------------------------------------------------------------------------------

	class ApiError extends Error {
		constructor(status, problem) {
			super(problem && problem.detail ? problem.detail : `The server answered ${status}.`);
			this.status = status;
			this.problem = problem;
		}
	}

	/** A GET that returns the JSON body, or throws with the problem+json detail the API answered. */
	async function api(path) {
		const response = await fetch(path, { headers: { Accept: 'application/json, application/problem+json' } });
		const body = await response.json().catch(() => null);
		if (!response.ok) {
			throw new ApiError(response.status, body);
		}
		return body;
	}

	function showError(error) {
		const box = $('#error');
		box.replaceChildren(
			el('strong', {}, error instanceof ApiError ? `${error.problem?.title || 'Error'} (${error.status})` : 'Error'),
			' ', error.message,
			el('button', { type: 'button', class: 'close', 'aria-label': 'Dismiss', onclick: () => { box.hidden = true; } }, '×'));
		box.hidden = false;
	}

	/** Runs a user action: clears the last error, shows any new one, and marks the page busy meanwhile. */
	async function run(action) {
		$('#error').hidden = true;
		document.body.classList.add('busy');
		try {
			await action();
		}
		catch (error) {
			showError(error);
		}
		finally {
			document.body.classList.remove('busy');
		}
	}

	// --- The graph -------------------------------------------------------------------------------------------------

	// Past a few hundred nodes, panning and zooming draw a cached texture without edges, and small labels are not
	// drawn: the page stays usable with 2,000 drawn nodes (ExplorerBrowserTests draws them).
	const cy = cytoscape({
		container: $('#cy'),
		minZoom: 0.05,
		maxZoom: 3,
		textureOnViewport: true,
		hideEdgesOnViewport: true,
		pixelRatio: 1,
		style: [
			{
				selector: 'node',
				style: {
					'background-color': (node) => COLOURS[node.data('kind')] || '#bdbdbd',
					label: 'data(name)',
					'font-size': 11,
					'text-wrap': 'wrap',
					'text-max-width': 140,
					'text-valign': 'bottom',
					'text-margin-y': 4,
					color: '#222',
					'text-outline-color': '#fff',
					'text-outline-width': 2,
					'min-zoomed-font-size': 7,
					width: 26,
					height: 26,
					'border-width': 1,
					'border-color': '#fff',
				},
			},
			{ selector: 'node[?fact]', style: { shape: 'round-rectangle', width: 22, height: 18 } },
			{ selector: 'node[kind = "Honor"]', style: { shape: 'star' } },
			{ selector: 'node[kind = "Source"]', style: { shape: 'tag' } },
			{ selector: 'node[kind = "Treaty"], node[kind = "Alliance"]', style: { shape: 'hexagon' } },
			{ selector: 'node.hostile', style: { 'background-color': HOSTILE } },
			{ selector: 'node.from, node.to', style: { 'border-width': 4, 'border-color': '#111', width: 34, height: 34 } },
			{ selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b63c9' } },
			{
				selector: 'edge',
				style: {
					width: 1.5,
					'line-color': '#b0b0b0',
					'target-arrow-color': '#b0b0b0',
					'target-arrow-shape': 'triangle',
					'arrow-scale': 0.8,
					'curve-style': 'bezier',
					label: 'data(type)',
					'font-size': 9,
					color: '#666',
					'text-rotation': 'autorotate',
					'text-background-color': '#fff',
					'text-background-opacity': 0.8,
					'text-background-padding': 1,
				},
			},
			{ selector: 'edge.hostile', style: { 'line-color': HOSTILE, 'target-arrow-color': HOSTILE, color: HOSTILE } },
			{ selector: 'edge.path', style: { width: 3.5, 'line-color': '#0b63c9', 'target-arrow-color': '#0b63c9', color: '#0b63c9' } },
			{ selector: '.faded', style: { opacity: 0.2 } },
		],
	});

	// Facts whose Goldstein weight is known, so hostile ones (weight < 0) can be drawn red.
	const goldstein = new Map();

	function addNode(id, labels, name) {
		const existing = cy.getElementById(id);
		if (existing.nonempty()) {
			return existing;
		}
		const kind = kindOf(labels);
		return cy.add({
			group: 'nodes',
			data: { id, name: name || id, labels, kind, fact: labels.includes('Fact') },
		});
	}

	/** One edge per (from, type, to), so the same tie found twice, by expanding or by a path, is drawn once. */
	function addEdge(from, type, to, data = {}) {
		const id = `${from}|${type}|${to}`;
		const existing = cy.getElementById(id);
		if (existing.nonempty()) {
			return existing;
		}
		const edge = cy.add({ group: 'edges', data: { id, source: from, target: to, type, ...data } });
		if (edge.connectedNodes('.hostile').nonempty()) {
			edge.addClass('hostile');
		}
		return edge;
	}

	function markGoldstein(id, weight) {
		if (weight === undefined || weight === null) {
			return;
		}
		goldstein.set(id, weight);
		const node = cy.getElementById(id);
		if (weight < 0 && node.nonempty()) {
			node.addClass('hostile');
			node.connectedEdges().addClass('hostile');
		}
	}

	/** The neighbourhood API names a neighbour but not its weight: look up facts not seen before. */
	async function colourFacts() {
		const unknown = cy.nodes('[?fact]').map((node) => node.id()).filter((id) => !goldstein.has(id));
		await Promise.all(unknown.map(async (id) => {
			const fact = await api(`/api/entities/${encodeURIComponent(id)}`);
			goldstein.set(id, fact.properties.goldstein ?? null);
			markGoldstein(id, fact.properties.goldstein);
		}));
	}

	/** Above this many nodes the force-directed layout would take seconds: see layout(). */
	const LARGE_GRAPH = 400;

	/**
	 * Force-directed for browsing. Nodes keep their place from the last layout, so expanding does not reshuffle the
	 * graph, and the layout spreads over the whole canvas (cose on its own packs a tall, narrow graph).
	 */
	function layout() {
		if (cy.nodes().length > LARGE_GRAPH) {
			// cose is quadratic in the nodes: a large graph keeps its places, new nodes laid around their neighbours.
			const unplaced = cy.nodes().filter((node) => node.position().x === 0 && node.position().y === 0);
			unplaced.layout({ name: 'grid', boundingBox: { x1: 0, y1: 0, w: cy.width() * 4, h: cy.height() * 4 } }).run();
			return;
		}
		cy.layout({
			name: 'cose',
			animate: false,
			randomize: false,
			boundingBox: { x1: 0, y1: 0, w: cy.width(), h: cy.height() },
			nodeDimensionsIncludeLabels: true,
			idealEdgeLength: () => 60,
			nodeRepulsion: () => 4000,
			gravity: 0.3,
			numIter: 3000,
			padding: 30,
		}).run();
	}

	/** Draws an entity with its neighbourhood, and shows it in the side panel. */
	async function expand(id) {
		const entity = await api(`/api/entities/${encodeURIComponent(id)}`);
		const centre = addNode(entity.id, entity.labels, entity.properties.name);
		const at = centre.position();
		for (const rel of entity.relationships) {
			const other = addNode(rel.otherId, rel.otherLabels, rel.otherName);
			if (other.position().x === 0 && other.position().y === 0) {
				other.position({ x: at.x + Math.random() * 60 - 30, y: at.y + Math.random() * 60 - 30 });
			}
			const [from, to] = rel.direction === 'out' ? [entity.id, rel.otherId] : [rel.otherId, entity.id];
			addEdge(from, rel.type, to, { sourceId: rel.properties?.sourceId });
		}
		markGoldstein(entity.id, entity.properties.goldstein);
		cy.elements().removeClass('faded');
		if (shown.graph === 'blocs') {
			shown.graph = null;
		}
		layout();
		cy.$(':selected').unselect();
		centre.select();
		showDetails(entity);
		await colourFacts();
	}

	function renderLegend() {
		const items = Object.entries(COLOURS).map(([label, colour]) =>
			el('li', {}, el('span', { class: 'swatch', style: `background:${colour}` }), label));
		items.push(el('li', {}, el('span', { class: 'swatch', style: `background:${HOSTILE}` }), 'hostile fact'));
		items.push(el('li', {}, el('span', { class: 'swatch line' }), 'path'));
		$('#legend').replaceChildren(...items);
	}

	cy.on('tap', 'node', (event) => run(() => expand(event.target.id())));
	cy.on('add remove', () => { $('#graph-hint').hidden = cy.elements().nonempty(); });

	// --- Side panel: search, the pair, the selected entity --------------------------------------------------------

	const pair = { from: null, to: null };

	/** What the graph and the results show, so that a new date redraws them: 'paths', 'blocs' or null. */
	const shown = { graph: null, cooperation: false };

	function setEnd(end, entity) {
		pair[end] = { id: entity.id, name: entity.name, labels: entity.labels };
		const label = $(`#${end}-name`);
		label.classList.remove('empty');
		label.replaceChildren(el('span', { class: `badge k-${kindOf(entity.labels)}` }, kindOf(entity.labels)), ' ',
			entity.name, ' ', el('code', {}, entity.id));
		cy.nodes(`.${end}`).removeClass(end);
		cy.getElementById(entity.id).addClass(end);
		const ready = pair.from && pair.to;
		$('#path-button').disabled = !ready;
		$('#cooperation-button').disabled = !ready;
	}

	function endButtons(entity) {
		return [
			el('button', { type: 'button', class: 'set-from', title: 'Use as "from"', onclick: () => setEnd('from', entity) }, 'from'),
			el('button', { type: 'button', class: 'set-to', title: 'Use as "to"', onclick: () => setEnd('to', entity) }, 'to'),
		];
	}

	async function search(q) {
		const hits = await api(`/api/search?q=${encodeURIComponent(q)}&limit=20`);
		const list = $('#search-results');
		if (hits.length === 0) {
			list.replaceChildren(el('li', { class: 'hint' }, `Nothing matches “${q}”.`));
			return;
		}
		list.replaceChildren(...hits.map((hit) => el('li', { dataset: { id: hit.id } },
			el('span', { class: `badge k-${kindOf(hit.labels)}` }, kindOf(hit.labels)),
			el('button', { type: 'button', class: 'link show', title: 'Show with its neighbours', onclick: () => run(() => expand(hit.id)) }, hit.name),
			el('span', { class: 'ends' }, endButtons(hit)))));
	}

	// Properties worth reading first; the rest follow in the API's order.
	const FIRST_PROPERTIES = ['id', 'date', 'dateText', 'status', 'cameo', 'goldstein', 'count', 'countQualifier', 'quote',
		'sourceId'];

	function showDetails(entity) {
		const props = entity.properties;
		const keys = [...FIRST_PROPERTIES.filter((key) => key in props),
			...Object.keys(props).filter((key) => key !== 'name' && !FIRST_PROPERTIES.includes(key))];
		const hostile = typeof props.goldstein === 'number' && props.goldstein < 0;
		const summary = { id: entity.id, name: props.name || entity.id, labels: entity.labels };
		$('#details').replaceChildren(
			el('h3', { class: hostile ? 'hostile' : undefined },
				el('span', { class: `badge k-${kindOf(entity.labels)}` }, kindOf(entity.labels)), ' ', summary.name),
			el('div', { class: 'ends' }, 'Use as ', endButtons(summary)),
			el('dl', { class: 'props' }, keys.flatMap((key) => [el('dt', {}, key),
				el('dd', {}, Array.isArray(props[key]) ? props[key].join(', ') : String(props[key]))])),
			el('h4', {}, `${entity.relationships.length} relationships`),
			el('ul', { class: 'rels' }, entity.relationships.map((rel) => el('li', {},
				el('span', { class: 'rel' }, rel.direction === 'out' ? `${rel.type} →` : `← ${rel.type}`), ' ',
				el('button', { type: 'button', class: 'link', onclick: () => run(() => expand(rel.otherId)) }, rel.otherName || rel.otherId)))));
	}

	function asOfParam(params) {
		const asOf = $('#as-of').value;
		if (asOf) {
			params.set('asOf', asOf);
		}
		return params;
	}

	// --- Alliance paths ---------------------------------------------------------------------------------------------

	/** Draws only the paths, "from" at the top, and lists them hop by hop. */
	async function paths() {
		const params = asOfParam(new URLSearchParams({ from: pair.from.id, to: pair.to.id, k: 3, mode: $('#mode').value }));
		const answer = await api(`/api/paths?${params}`);
		cy.elements().remove();
		for (const path of answer.paths) {
			path.nodes.forEach((node) => addNode(node.id, node.labels, node.name));
			path.relationships.forEach((hop) => addEdge(hop.from, hop.type, hop.to, { sourceId: hop.sourceId }).addClass('path'));
		}
		for (const end of ['from', 'to']) {
			addNode(pair[end].id, pair[end].labels, pair[end].name).addClass(end);
		}
		for (const [id, weight] of goldstein) {
			markGoldstein(id, weight);
		}
		// Tree from "from": each level is one hop further along the paths.
		cy.layout({ name: 'breadthfirst', roots: cy.getElementById(pair.from.id), spacingFactor: 1.1, padding: 30 }).run();
		renderPaths(answer);
		shown.graph = 'paths';
	}

	function highlight(path) {
		const ids = new Set(path.nodes.map((node) => node.id));
		const hops = new Set(path.relationships.map((hop) => `${hop.from}|${hop.type}|${hop.to}`));
		cy.elements().addClass('faded');
		cy.elements().filter((element) => ids.has(element.id()) || hops.has(element.id())).removeClass('faded');
	}

	function renderPaths(answer) {
		const names = new Map();
		answer.paths.forEach((path) => path.nodes.forEach((node) => names.set(node.id, node.name)));
		const name = (id) => names.get(id) || id;
		const heading = el('h2', {}, `Alliance paths from ${pair.from.name} to ${pair.to.name}`,
			el('small', {}, ` ${answer.mode}, as of ${answer.asOf}`));
		if (answer.paths.length === 0) {
			$('#paths').replaceChildren(heading, el('p', { class: 'hint' },
				'No path through cooperative ties. Hostile facts never carry a path; try a later date or other entities.'));
			return;
		}
		$('#paths').replaceChildren(heading, ...answer.paths.map((path, index) => pathArticle(path, index + 1, name)));
	}

	/**
	 * One path, hovering highlights it in the graph. Its table reads from "from" to "to", step by step; the arrow
	 * shows which way the relationship itself points (an honor points at its recipient, whichever way the path runs).
	 */
	function pathArticle(path, position, name) {
		return el('article', {
			class: 'path',
			dataset: { path: position },
			onmouseenter: () => highlight(path),
			onmouseleave: () => cy.elements().removeClass('faded'),
		},
		el('h3', {}, `Path ${position}: ${path.hops} ${path.hops === 1 ? 'hop' : 'hops'}, strength ${number(path.strength)}`),
		table(['#', 'from', 'tie', 'to', 'fact', 'date', 'CAMEO', 'Goldstein', 'strength', 'source'],
			path.relationships.map((hop, step) => {
				const here = path.nodes[step].id;
				const forward = hop.from === here;
				return el('tr', { class: 'hop', dataset: { from: hop.from, to: hop.to, type: hop.type } },
					el('td', { class: 'num' }, step + 1),
					el('td', {}, name(here)),
					el('td', { class: 'type' }, forward ? `${hop.type} →` : `← ${hop.type}`),
					el('td', {}, name(forward ? hop.to : hop.from)),
					el('td', {}, hop.fact ? name(hop.fact) : '–'),
					el('td', { class: 'date' }, hop.date || '–'),
					el('td', {}, hop.cameo || '–'),
					el('td', { class: 'num' }, hop.goldstein === null ? '–' : signed(hop.goldstein, 1)),
					el('td', { class: 'num' }, number(hop.strength)),
					el('td', { class: 'source' }, el('code', {}, hop.sourceId || '–')));
			})));
	}

	function table(headings, rows) {
		return el('table', {},
			el('thead', {}, el('tr', {}, headings.map((title) => el('th', {}, title)))),
			el('tbody', {}, rows));
	}

	// --- Cooperation -----------------------------------------------------------------------------------------------

	async function cooperation() {
		const params = asOfParam(new URLSearchParams({ a: pair.from.id, b: pair.to.id, evidence: true }));
		renderCooperation(await api(`/api/cooperation?${params}`));
		shown.cooperation = true;
	}

	function renderCooperation(c) {
		const tone = c.score > 0 ? 'positive' : c.score < 0 ? 'hostile' : 'neutral';
		const figure = (caption, value, attributes = {}) => el('div', attributes, el('span', {}, caption), value);
		$('#cooperation').replaceChildren(
			el('h2', {}, `Cooperation between ${pair.from.name} and ${pair.to.name}`,
				el('small', {}, ` as of ${c.asOf}, half-life ${c.halfLifeDays} days`)),
			el('div', { class: 'scores' },
				figure('score', signed(c.score), { class: `score ${tone}`, dataset: { score: c.score } }),
				figure('range (what the sources leave open)', `${signed(c.range.low)} to ${signed(c.range.high)}`,
					{ class: 'range', dataset: { low: c.range.low, high: c.range.high } }),
				figure('on one source only', signed(c.singleSource), { class: 'single-source' }),
				figure('index (0–100, 50 = no tie)', number(c.index, 1)),
				figure('reciprocity (0–1)', number(c.reciprocity, 2)),
				figure(`${pair.from.name} → ${pair.to.name}`, signed(c.directions.aToB)),
				figure(`${pair.to.name} → ${pair.from.name}`, signed(c.directions.bToA))),
			el('h3', {}, 'Components'),
			c.components.length === 0
				? el('p', { class: 'hint' }, 'No fact between them counts at this date.')
				: table(['kind', 'CAMEO', 'direction', 'events', 'weight', 'contribution'], c.components.map(componentRow)),
			el('h3', {}, 'Evidence'),
			c.evidence.length === 0
				? el('p', { class: 'hint' }, 'None.')
				: table(['fact', 'date', 'CAMEO (Goldstein)', 'count', 'status', 'claim', 'direction', 'contribution', 'range',
					'sources'], c.evidence.map(evidenceRow)),
			c.announced && c.announced.planned > 0
				? el('p', { class: 'hint announced' }, `${c.announced.fulfilled} of ${c.announced.planned} announced plans were carried out.`)
				: '');
	}

	function componentRow(part) {
		return el('tr', { class: part.contribution < 0 ? 'component hostile' : 'component' },
			el('td', {}, part.kind),
			el('td', {}, part.cameo),
			el('td', {}, part.direction),
			el('td', { class: 'num' }, part.events),
			el('td', { class: 'num' }, number(part.weight, 1)),
			el('td', { class: 'num' }, signed(part.contribution)));
	}

	/** A fact the score used; its summary expands it in the graph. */
	function evidenceRow(fact) {
		const count = fact.count === null ? '–'
			: fact.countQualifier && fact.countQualifier !== 'exactly' ? `${fact.countQualifier} ${fact.count}` : String(fact.count);
		const classes = ['evidence', fact.contribution < 0 ? 'hostile' : '', fact.certain ? '' : 'possible'].join(' ').trim();
		return el('tr', { class: classes, dataset: { id: fact.id }, title: fact.certain ? '' : 'may have happened by this date: in the range only' },
			el('td', { class: 'summary' },
				el('button', { type: 'button', class: 'link', title: fact.id, onclick: () => run(() => expand(fact.id)) }, fact.summary)),
			el('td', { class: 'date' }, fact.date),
			el('td', {}, fact.cameo ? `${fact.cameo} (${signed(fact.goldstein, 1)})` : fact.kind),
			el('td', {}, count),
			el('td', {}, fact.status),
			el('td', { class: fact.claim === 'disputed' ? 'claim hostile' : 'claim' }, fact.claim),
			el('td', {}, fact.direction),
			el('td', { class: 'num' }, signed(fact.contribution)),
			el('td', { class: 'num range' }, `${signed(fact.low)} to ${signed(fact.high)}`),
			el('td', { class: 'source', dataset: { sources: fact.sources } },
				`${fact.sources} `, ...fact.sourceIds.map((id) => el('code', {}, id))));
	}

	// --- Wiring ----------------------------------------------------------------------------------------------------

	$('#search-form').addEventListener('submit', (event) => {
		event.preventDefault();
		run(() => search($('#search-q').value));
	});
	$('#path-button').addEventListener('click', () => run(async () => {
		await paths();
		$('#paths').scrollIntoView({ block: 'nearest' });
	}));
	$('#cooperation-button').addEventListener('click', () => run(async () => {
		await cooperation();
		$('#cooperation').scrollIntoView({ block: 'nearest' });
	}));
	$('#fit-button').addEventListener('click', () => cy.fit(undefined, 30));
	$('#clear-button').addEventListener('click', () => {
		cy.elements().remove();
		shown.graph = null;
	});
	renderLegend();

	/** A new date: the paths and the cooperation shown are asked again (pictures.js redraws the rest). */
	async function redraw() {
		if (shown.graph === 'paths' && pair.from && pair.to) {
			await paths();
		}
		if (shown.cooperation && pair.from && pair.to) {
			await cooperation();
		}
	}

	// For pictures.js, tests and the browser console.
	window.entente = { cy, pair, shown, expand, search, redraw, layout, api, el, run, number, signed, COLOURS, HOSTILE };

})();
