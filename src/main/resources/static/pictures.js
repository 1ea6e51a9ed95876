'use strict';

// The explorer's pictures, drawn with Apache ECharts over the REST API: the landing overview, a dyad's score over
// time, a country's partners, the matrix of chosen countries by bloc, and the blocs on the network (Cytoscape.js).
// One date for all of them, the time bar's; every panel exports what it shows.
(() => {
	const { cy, pair, shown, api, el, run, number, signed, layout, redraw } = window.entente;
	const $ = (selector) => document.querySelector(selector);

	const POSITIVE = '#1b7f3b';
	const HOSTILE = '#d62728';
	const BLOC_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22',
		'#7f7f7f', '#393b79', '#637939', '#8c6d31'];
	/** Ties drawn per country on the bloc view: its strongest few, so that 200 countries stay readable. */
	const TIES_PER_COUNTRY = 4;

	const charts = {};
	/** What each panel shows, as CSV rows (the first is the header). */
	const tables = {};
	const state = { view: 'overview', overview: null, dyad: null, partnersOf: null, matrix: null };

	const asOf = () => $('#as-of').value;
	const withAsOf = (params) => {
		if (asOf()) {
			params.set('asOf', asOf());
		}
		return params;
	};
	const nameOf = (id) => state.names?.get(id) || id;

	function chart(view) {
		if (!charts[view]) {
			// Each setOption draws at once (animation: false): a picture exported is the final one, not a frame.
			charts[view] = echarts.init($(`#${view}-chart`));
		}
		return charts[view];
	}

	// --- Views -----------------------------------------------------------------------------------------------------

	function showView(view) {
		state.view = view;
		document.querySelectorAll('#pictures .tabs button').forEach((tab) =>
			tab.setAttribute('aria-selected', String(tab.dataset.view === view)));
		document.querySelectorAll('#pictures .view').forEach((panel) => { panel.hidden = panel.dataset.view !== view; });
		Object.values(charts).forEach((c) => c.resize());
		return draw(view);
	}

	/** Draws the view from the API at the time bar's date. */
	function draw(view) {
		switch (view) {
			case 'overview': return drawOverview();
			case 'timeline': return state.dyad ? drawTimeline() : null;
			case 'partners': return state.partnersOf ? drawPartners() : null;
			case 'matrix': return drawMatrix();
			default: return null;
		}
	}

	// --- Overview --------------------------------------------------------------------------------------------------

	async function drawOverview() {
		const o = await api(`/api/overview?${withAsOf(new URLSearchParams({ top: 8 }))}`);
		state.overview = o;
		state.names = new Map([...o.strongest, ...o.changed].flatMap((d) => [[d.a, d.aName], [d.b, d.bName]]));
		setSliderSpan(o.firstDay);
		const counts = Object.entries(o.counts);
		$('#overview-counts').replaceChildren(...counts.map(([kind, n]) =>
			el('div', { dataset: { kind } }, el('span', {}, kind), n.toLocaleString('en'))));
		const dyad = (d, value) => el('li', {},
			el('button', { type: 'button', class: 'link dyad', dataset: { a: d.a, b: d.b }, onclick: () => run(() => openDyad(d)) },
				`${d.aName || d.a} – ${d.bName || d.b}`), ' ',
			el('button', { type: 'button', class: 'link partners', title: `Partners of ${d.aName || d.a}`,
				onclick: () => run(() => openPartners(d.a)) }, '▤'), ' ', value);
		$('#overview-strongest').replaceChildren(...o.strongest.map((d) => dyad(d, signed(d.score))));
		$('#overview-changed').replaceChildren(...o.changed.map((d) => dyad(d, `${signed(d.before)} → ${signed(d.score)}`)));
		$('#overview-facts').replaceChildren(...o.facts.map((f) => el('li', {}, el('span', { class: 'date' }, f.date),
			el('button', { type: 'button', class: 'link', title: f.id, onclick: () => run(() => window.entente.expand(f.id)) }, f.summary))));
		$('#overview-sources').replaceChildren(...o.sources.map((s) => el('li', {}, el('span', { class: 'date' }, s.date),
			s.title || s.id, ` (${s.facts} facts)`)));
		if (!$('#matrix-countries').value) {
			$('#matrix-countries').value = [...new Set(o.strongest.flatMap((d) => [d.a, d.b]))].slice(0, 12).join(',');
		}
		tables.overview = [['kind', 'count'], ...counts];
		chart('overview').setOption({
			title: { text: `In the graph as of ${o.asOf}`, textStyle: { fontSize: 13 } },
			tooltip: {},
			grid: { left: 50, right: 10, top: 30, bottom: 40 },
			xAxis: { type: 'category', data: counts.map(([kind]) => kind), axisLabel: { interval: 0, rotate: 20 } },
			yAxis: { type: 'log', min: 0.5 },
			series: [{ name: 'nodes', type: 'bar', data: counts.map(([, n]) => (n > 0 ? n : null)), itemStyle: { color: '#1f77b4' } }],
		animation: false }, true);
	}

	// --- A dyad's score over time ----------------------------------------------------------------------------------

	async function openDyad(d) {
		state.dyad = { a: d.a, b: d.b };
		await showView('timeline');
	}

	/** The last day an EDTF date may mean ("2021/2024-03-27", "../2024-03", "2024"). */
	function lastDay(date) {
		const end = String(date || '').split('/').pop().replace('..', '');
		if (/^\d{4}$/.test(end)) {
			return `${end}-12-31`;
		}
		if (/^\d{4}-\d{2}$/.test(end)) {
			const [y, m] = end.split('-').map(Number);
			return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
		}
		return end.slice(0, 10);
	}

	async function drawTimeline() {
		const { a, b } = state.dyad;
		const interval = $('#timeline-interval').value;
		const params = new URLSearchParams({ a, b, interval });
		if (asOf()) {
			params.set('to', asOf());
		}
		const [timeline, dyad] = await Promise.all([
			api(`/api/cooperation/timeline?${params}`),
			api(`/api/cooperation?${new URLSearchParams({ a, b, evidence: true, ...(asOf() ? { asOf: asOf() } : {}) })}`)]);
		const points = timeline.points;
		const labels = points.map((p) => p.period);
		// A marker where facts came in: the point whose period holds them, listing them.
		const markers = points.flatMap((p, i) => {
			const added = p.facts - (i > 0 ? points[i - 1].facts : 0);
			if (added <= 0) {
				return [];
			}
			const facts = dyad.evidence.filter((f) => lastDay(f.date) >= p.start && lastDay(f.date) <= p.end);
			return [{ name: `+${added} facts`, coord: [p.period, p.score], value: `+${added}`,
				facts: facts.map((f) => `${f.date} ${f.summary} (${signed(f.contribution)})`) }];
		});
		$('#pictures [data-view="timeline"] .title').textContent = `${nameOf(a)} – ${nameOf(b)}, ${timeline.interval} by ${timeline.interval}`;
		tables.timeline = [['period', 'start', 'end', 'score', 'low', 'high', 'index', 'facts'],
			...points.map((p) => [p.period, p.start, p.end, p.score, p.range.low, p.range.high, p.index, p.facts])];
		chart('timeline').setOption({
			tooltip: {
				trigger: 'item',
				formatter: (item) => (item.data && item.data.facts
					? [`${item.name}`, ...item.data.facts].join('<br>')
					: `${item.name}: ${item.seriesName} ${number(Array.isArray(item.value) ? item.value[1] : item.value, 2)}`),
			},
			legend: { data: ['score', 'range'] },
			grid: { left: 50, right: 20, top: 40, bottom: 40 },
			xAxis: { type: 'category', data: labels, boundaryGap: false },
			yAxis: { type: 'value', name: 'score' },
			series: [
				// The range as a band: its low end, then the width stacked on it.
				{ name: 'low', type: 'line', stack: 'range', data: points.map((p) => p.range.low), symbol: 'none', lineStyle: { opacity: 0 } },
				{ name: 'range', type: 'line', stack: 'range', data: points.map((p) => p.range.high - p.range.low), symbol: 'none',
					lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(11, 99, 201, 0.15)' } },
				{ name: 'score', type: 'line', data: points.map((p) => p.score), itemStyle: { color: '#0b63c9' },
					markPoint: { symbol: 'pin', symbolSize: 34, data: markers, itemStyle: { color: '#e6ab02' } } },
			],
		animation: false }, true);
	}

	// --- Partners --------------------------------------------------------------------------------------------------

	async function openPartners(of) {
		state.partnersOf = of;
		await showView('partners');
	}

	async function drawPartners() {
		const of = state.partnersOf;
		const partners = await api(`/api/cooperation/partners?${withAsOf(new URLSearchParams({ of, top: 15 }))}`);
		const rows = [...partners].reverse();
		$('#pictures [data-view="partners"] .title').textContent = `Partners of ${nameOf(of)}`;
		tables.partners = [['partner', 'name', 'score', 'low', 'high'],
			...partners.map((p) => [p.b, p.name, p.score, p.range.low, p.range.high])];
		chart('partners').setOption({
			tooltip: {},
			grid: { left: 140, right: 30, top: 20, bottom: 30 },
			xAxis: { type: 'value', name: 'score' },
			yAxis: { type: 'category', data: rows.map((p) => p.name || p.b) },
			series: [{ name: 'score', type: 'bar',
				data: rows.map((p) => ({ value: p.score, itemStyle: { color: p.score < 0 ? HOSTILE : POSITIVE } })) }],
		animation: false }, true);
	}

	// --- The matrix, ordered by bloc --------------------------------------------------------------------------------

	async function network() {
		return api(`/api/network/influence?${withAsOf(new URLSearchParams({ top: 250 }))}`);
	}

	async function drawMatrix() {
		const codes = $('#matrix-countries').value.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
		if (codes.length < 2) {
			return;
		}
		const [matrix, influence] = await Promise.all([
			api(`/api/cooperation/matrix?${withAsOf(new URLSearchParams({ countries: codes.join(',') }))}`), network()]);
		const rank = new Map(influence.countries.map((c, i) => [c.id, c]));
		const blocOrder = [...new Set(influence.countries.map((c) => c.bloc))];
		const blocOf = (id) => rank.get(id)?.bloc;
		// By bloc (the most influential bloc first), then by influence; countries without a tie last.
		const order = matrix.countries.map((id, i) => i).sort((x, y) => {
			const [p, q] = [matrix.countries[x], matrix.countries[y]];
			const bp = blocOf(p) === undefined ? Infinity : blocOrder.indexOf(blocOf(p));
			const bq = blocOf(q) === undefined ? Infinity : blocOrder.indexOf(blocOf(q));
			return bp - bq || (rank.get(q)?.influence || 0) - (rank.get(p)?.influence || 0) || p.localeCompare(q);
		});
		const labels = order.map((i) => `${matrix.countries[i]}${blocOf(matrix.countries[i]) ? ` · ${blocOf(matrix.countries[i])}` : ''}`);
		const cells = order.flatMap((i, x) => order.map((j, y) => [x, y, Number(matrix.scores[i][j].toFixed(3))]));
		const extent = Math.max(1, ...cells.map((c) => Math.abs(c[2])));
		tables.matrix = [['country', 'bloc', ...order.map((i) => matrix.countries[i])],
			...order.map((i) => [matrix.countries[i], blocOf(matrix.countries[i]) || '', ...order.map((j) => matrix.scores[i][j])])];
		chart('matrix').setOption({
			tooltip: { formatter: (item) => `${labels[item.value[0]]} – ${labels[item.value[1]]}: ${signed(item.value[2])}` },
			grid: { left: 110, right: 90, top: 10, bottom: 100 },
			xAxis: { type: 'category', data: labels, axisLabel: { rotate: 60, interval: 0 } },
			yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { interval: 0 } },
			visualMap: { min: -extent, max: extent, calculable: true, orient: 'vertical', right: 0, top: 'center',
				inRange: { color: [HOSTILE, '#f7f7f7', POSITIVE] } },
			series: [{ name: 'score', type: 'heatmap', data: cells, emphasis: { itemStyle: { borderColor: '#111', borderWidth: 1 } } }],
		animation: false }, true);
	}

	// --- The blocs on the network -----------------------------------------------------------------------------------

	/** Every country tied at the date, coloured by bloc and sized by influence, with its strongest ties. */
	async function drawBlocs() {
		const influence = await network();
		const ids = influence.countries.map((c) => c.id);
		const matrix = ids.length >= 2
			? await api(`/api/cooperation/matrix?${withAsOf(new URLSearchParams({ countries: ids.join(',') }))}`)
			: { countries: ids, scores: [] };
		const blocs = [...new Set(influence.countries.map((c) => c.bloc))];
		const colour = (bloc) => BLOC_COLOURS[blocs.indexOf(bloc) % BLOC_COLOURS.length];
		const maxInfluence = Math.max(...influence.countries.map((c) => c.influence), 1e-9);
		cy.elements().remove();
		cy.add(influence.countries.map((c) => ({ group: 'nodes', classes: 'bloc',
			data: { id: c.id, name: c.name || c.id, kind: 'Country', labels: ['Entity', 'Country'], bloc: c.bloc,
				colour: colour(c.bloc), size: 14 + 36 * Math.sqrt(c.influence / maxInfluence) } })));
		const ties = new Map();
		matrix.countries.forEach((a, i) => {
			const row = matrix.countries.map((b, j) => ({ a, b, score: matrix.scores[i][j] })).filter((t) => t.score !== 0 && t.a !== t.b);
			const strongest = row.filter((t) => t.score > 0).sort((x, y) => y.score - x.score).slice(0, TIES_PER_COUNTRY);
			const hostile = row.filter((t) => t.score < 0).sort((x, y) => x.score - y.score).slice(0, 1);
			[...strongest, ...hostile].forEach((t) => ties.set([t.a, t.b].sort().join('~'), t));
		});
		cy.add([...ties.entries()].map(([id, t]) => ({ group: 'edges', classes: t.score < 0 ? 'tie hostile' : 'tie',
			data: { id, source: t.a, target: t.b, type: signed(t.score, 1), score: t.score } })));
		cy.nodes('.bloc').style({ 'background-color': (n) => n.data('colour'), width: (n) => n.data('size'), height: (n) => n.data('size') });
		cy.edges('.tie').style({ 'target-arrow-shape': 'none', label: '', width: (e) => 1 + Math.min(4, Math.abs(e.data('score')) / 10),
			'line-style': (e) => (e.data('score') < 0 ? 'dashed' : 'solid') });
		shown.graph = 'blocs';
		layout();
		cy.fit(undefined, 30);
		$('#legend').replaceChildren(...blocs.map((bloc) => el('li', { dataset: { bloc } },
			el('span', { class: 'swatch', style: `background:${colour(bloc)}` }), `bloc ${bloc}`)),
		el('li', {}, el('span', { class: 'swatch', style: `background:${HOSTILE}` }), 'hostile tie (dashed)'));
		tables.graph = graphRows();
	}

	// --- Exports ---------------------------------------------------------------------------------------------------

	const csvCell = (value) => {
		const text = value === null || value === undefined ? '' : String(value);
		return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};

	/** The panel's table as CSV. */
	function csv(panel) {
		const rows = panel === 'graph' ? graphRows() : tables[panel] || [];
		return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
	}

	/** The graph as drawn: its nodes, then its edges. */
	function graphRows() {
		return [['element', 'id', 'name or type', 'kind or source', 'bloc or target'],
			...cy.nodes().map((n) => ['node', n.id(), n.data('name'), n.data('kind'), n.data('bloc') || '']),
			...cy.edges().map((e) => ['edge', e.id(), e.data('type'), e.data('source'), e.data('target')])];
	}

	/** The panel as drawn, as a PNG data URL. */
	function png(panel) {
		return panel === 'graph'
			? cy.png({ full: true, bg: '#fff' })
			: chart(panel).getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
	}

	function download(name, href) {
		const link = el('a', { href, download: name });
		document.body.append(link);
		link.click();
		link.remove();
	}

	function exportButtons(span) {
		const panel = span.dataset.panel;
		const stamp = () => `${panel}-${asOf() || 'today'}`;
		const buttons = [
			el('button', { type: 'button', class: 'export-png', onclick: () => download(`entente-${stamp()}.png`, png(panel)) }, 'PNG'),
			el('button', { type: 'button', class: 'export-csv',
				onclick: () => download(`entente-${stamp()}.csv`, URL.createObjectURL(new Blob([csv(panel)], { type: 'text/csv' }))) }, 'CSV'),
		];
		if (panel === 'graph') {
			// The neighbourhood of the selected node, as the export endpoint writes it (Gephi and yEd open GraphML).
			buttons.push(el('button', { type: 'button', class: 'export-graphml', title: 'The neighbourhood of the selected node',
				onclick: () => {
					const selected = cy.$('node:selected');
					const params = new URLSearchParams({ format: 'graphml', depth: 1 });
					if (selected.nonempty()) {
						params.set('center', selected.id());
					}
					download('entente-graph.graphml', `/api/export?${params}`);
				} }, 'GraphML'));
		}
		span.replaceChildren(...buttons);
	}

	// --- The time bar ----------------------------------------------------------------------------------------------

	/** The slider runs month by month from the first fact's month to today; its last step is today. */
	let months = [];

	function setSliderSpan(firstDay) {
		if (!firstDay || months.length) {
			return;
		}
		const today = new Date().toISOString().slice(0, 10);
		const [y, m] = firstDay.split('-').map(Number);
		for (let i = 0; ; i++) {
			const end = new Date(Date.UTC(y, m - 1 + i + 1, 0)).toISOString().slice(0, 10);
			if (end >= today) {
				months.push(today);
				break;
			}
			months.push(end);
		}
		const slider = $('#as-of-slider');
		slider.max = String(months.length - 1);
		slider.value = String(indexOf(asOf() || today));
	}

	const indexOf = (day) => Math.max(0, months.findIndex((end) => end >= day));

	/** A new date: every picture, the graph's blocs or paths and the scores shown are drawn again. */
	async function redrawAll() {
		await draw(state.view);
		if (shown.graph === 'blocs') {
			await drawBlocs();
		}
		await redraw();
	}

	$('#as-of-slider').addEventListener('input', (event) => { $('#as-of').value = months[Number(event.target.value)] || ''; });
	$('#as-of-slider').addEventListener('change', () => run(redrawAll));
	$('#as-of').addEventListener('change', () => {
		$('#as-of-slider').value = String(indexOf(asOf() || months[months.length - 1]));
		run(redrawAll);
	});

	// --- Wiring ----------------------------------------------------------------------------------------------------

	document.querySelectorAll('#pictures .tabs button').forEach((tab) =>
		tab.addEventListener('click', () => run(async () => {
			if (tab.dataset.view === 'timeline' && !state.dyad && pair.from && pair.to) {
				state.dyad = { a: pair.from.id, b: pair.to.id };
			}
			if (tab.dataset.view === 'partners' && !state.partnersOf && pair.from) {
				state.partnersOf = pair.from.id;
			}
			await showView(tab.dataset.view);
		})));
	$('#timeline-interval').addEventListener('change', () => run(drawTimeline));
	$('#matrix-form').addEventListener('submit', (event) => {
		event.preventDefault();
		run(drawMatrix);
	});
	$('#blocs-button').addEventListener('click', () => run(drawBlocs));
	document.querySelectorAll('.exports').forEach(exportButtons);
	window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));

	window.entente.pictures = { charts, state, showView, openDyad, openPartners, drawBlocs, csv, png };
	run(drawOverview);

})();
