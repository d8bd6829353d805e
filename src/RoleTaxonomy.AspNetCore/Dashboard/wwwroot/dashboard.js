// The RoleTaxonomy dashboard. It reads the JSON export (taxonomy.json, beside this file) once and renders every view from it.
// Every view has a URL by stable key, so links can be shared and bookmarked:
//   #/                                        the overview: comparison table, filters, chart
//   #/?audience=KEY&lens=KEY&vocabulary=KEY   the overview, filtered
//   #/roles/KEY                               one role: task patterns, what outsiders miss, the four lenses
//   #/task-patterns/KEY                       the role page, scrolled to that task pattern
// Content goes into the page as text nodes only (never as HTML), so nothing in the taxonomy can inject markup.
'use strict';

(() => {
  const LENSES = ['decisions', 'evidence', 'conflict', 'leverage'];
  // One colour per vocabulary, in the export's order; distinct enough side by side in the stacked chart.
  const PALETTE = ['#3451b2', '#0f8a7e', '#c2410c', '#7c3aed', '#b91c5c', '#4d7c0f', '#0369a1', '#a16207', '#475569'];
  const SVG_NS = 'http://www.w3.org/2000/svg';

  const app = document.getElementById('app');
  const roleNav = document.getElementById('role-nav');
  const versions = document.getElementById('versions');

  let taxonomy = null;
  let index = null;

  // ---- DOM helpers -------------------------------------------------------------------------------------------

  function append(parent, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return parent;
  }

  function setAttributes(node, attributes) {
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    setAttributes(node, attributes);
    return append(node, children);
  }

  function svg(tag, attributes, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttributes(node, attributes);
    return append(node, children);
  }

  const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
  const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;

  // ---- The taxonomy, indexed by key ----------------------------------------------------------------------------

  function buildIndex(document) {
    const roles = new Map(document.roles.map((role) => [role.key, role]));
    const taskPatterns = new Map();
    for (const role of document.roles) {
      for (const [position, pattern] of role.taskPatterns.entries()) {
        taskPatterns.set(pattern.key, { pattern, role, number: position + 1 });
      }
    }
    const vocabularies = new Map(document.vocabularies.map((vocabulary, position) =>
      [vocabulary.key, { vocabulary, color: PALETTE[position % PALETTE.length] }]));
    const member = (reference) => vocabularies.get(reference.vocabulary).vocabulary.members
      .find((candidate) => candidate.key === reference.member);
    return { roles, taskPatterns, vocabularies, member };
  }

  // A task pattern's references, grouped by vocabulary in the export's vocabulary order.
  function referencesByVocabulary(pattern) {
    const groups = [];
    for (const { vocabulary } of index.vocabularies.values()) {
      const members = pattern.references.filter((reference) => reference.vocabulary === vocabulary.key).map(index.member);
      if (members.length > 0) groups.push({ vocabulary, members });
    }
    return groups;
  }

  // ---- Stability and deprecation -------------------------------------------------------------------------------

  // Badges from the export's 'stability' and 'deprecated': a stable, current item (all of today's content) has none.
  function lifecycleBadges(item) {
    return [
      item.stability === 'experimental'
        ? el('span', {
          class: 'badge experimental', 'data-testid': 'badge-experimental', title: 'Experimental: its text and place may change.',
        }, 'experimental')
        : null,
      item.deprecated
        ? el('span', {
          class: 'badge deprecated', 'data-testid': 'badge-deprecated', title: `Deprecated: ${item.deprecated.reason}`,
        }, 'deprecated')
        : null,
    ];
  }

  // Why the item is deprecated, with a link to what replaces it when the export names a replacement it holds.
  function deprecationNote(item, replacement) {
    if (!item.deprecated) return null;
    return el('p', { class: 'deprecation-note', 'data-testid': 'deprecation-note' },
      el('strong', {}, 'Deprecated.'), ' ', item.deprecated.reason,
      replacement ? [' Use ', el('a', { href: replacement.href, 'data-testid': 'replacement-link' }, replacement.name), ' instead.'] : null);
  }

  function roleReplacement(role) {
    const replacement = role.deprecated && index.roles.get(role.deprecated.replacedBy);
    return replacement ? { href: roleHref(replacement.key), name: replacement.name } : null;
  }

  function taskPatternReplacement(pattern) {
    const replacement = pattern.deprecated && index.taskPatterns.get(pattern.deprecated.replacedBy);
    return replacement ? { href: taskPatternHref(replacement.pattern.key), name: replacement.pattern.title } : null;
  }

  // ---- Routes --------------------------------------------------------------------------------------------------

  function parseRoute(hash) {
    const raw = hash.replace(/^#/, '') || '/';
    const queryStart = raw.indexOf('?');
    const path = queryStart < 0 ? raw : raw.slice(0, queryStart);
    const query = new URLSearchParams(queryStart < 0 ? '' : raw.slice(queryStart + 1));
    let segments;
    try {
      segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return { view: 'not-found' }; // a hand-typed address with a stray '%'
    }
    if (segments.length === 0) {
      return { view: 'overview', filters: readFilters(query) };
    }
    if (segments.length === 2 && segments[0] === 'roles') return { view: 'role', key: segments[1] };
    if (segments.length === 2 && segments[0] === 'task-patterns') return { view: 'task-pattern', key: segments[1] };
    return { view: 'not-found' };
  }

  // Unknown filter values are ignored rather than shown as an empty result.
  function readFilters(query) {
    const audience = query.get('audience') || '';
    const lens = query.get('lens') || '';
    const vocabulary = query.get('vocabulary') || '';
    return {
      audience: taxonomy.page.audiences.some((reference) => reference.member === audience) ? audience : '',
      lens: LENSES.includes(lens) ? lens : '',
      vocabulary: index.vocabularies.has(vocabulary) ? vocabulary : '',
    };
  }

  function overviewHref(filters) {
    const query = new URLSearchParams();
    for (const name of ['audience', 'lens', 'vocabulary']) {
      if (filters[name]) query.set(name, filters[name]);
    }
    const text = query.toString();
    return text ? `#/?${text}` : '#/';
  }

  const roleHref = (key) => `#/roles/${encodeURIComponent(key)}`;
  const taskPatternHref = (key) => `#/task-patterns/${encodeURIComponent(key)}`;

  // ---- Overview ------------------------------------------------------------------------------------------------

  function renderOverview(filters) {
    return [
      intro(filters),
      filterBar(filters),
      filters.vocabulary ? vocabularyResults(filters) : null,
      filters.lens ? lensView(filters) : null,
      comparisonTable(filters),
      el('div', { class: 'columns' }, chart(filters), finalAdvice(filters)),
    ];
  }

  function intro(filters) {
    const page = taxonomy.page;
    const audiences = page.audiences.map(index.member);
    return el('section', { class: 'hero', 'data-testid': 'intro' },
      el('p', { class: 'eyebrow' }, page.knowledgeBase),
      el('h1', { 'data-testid': 'page-title' }, page.title),
      el('p', { class: 'question' },
        page.question.betterIntro, ' ', el('q', {}, page.question.better)),
      el('p', { class: 'muted' }, page.question.text),
      el('div', { class: 'audiences', 'data-testid': 'audience-panel' },
        el('span', { class: 'label' }, page.audiencesIntro),
        el('ul', { class: 'chips' }, audiences.map((audience) => {
          const selected = filters.audience === audience.key;
          return el('li', {},
            el('a', {
              class: selected ? 'chip selected' : 'chip',
              href: overviewHref({ ...filters, audience: selected ? '' : audience.key }),
              'aria-current': selected ? 'true' : null,
              'data-testid': 'audience-chip',
              'data-audience-key': audience.key,
            }, audience.name));
        })),
        filters.audience
          ? el('p', { class: 'audience-note', 'data-testid': 'audience-note' },
            `Reading it for ${audiences.find((audience) => audience.key === filters.audience).name}.`)
          : null,
        el('p', { class: 'read-with' },
          el('span', { class: 'label' }, page.readWithIntro), ' ', page.readWith.join(' · '))));
  }

  function filterBar(filters) {
    const page = taxonomy.page;
    const select = (name, label, allLabel, options) => el('label', { class: 'filter' },
      el('span', {}, label),
      el('select', { id: `filter-${name}`, name, 'data-testid': `filter-${name}` },
        el('option', { value: '' }, allLabel),
        options.map(([value, text]) => el('option', { value, selected: filters[name] === value }, text))));

    const bar = el('form', { class: 'filters', 'data-testid': 'filters', 'aria-label': 'Filters' },
      select('audience', 'Audience', 'Everyone', page.audiences.map(index.member).map((m) => [m.key, m.name])),
      select('lens', 'Lens', 'No lens', LENSES.map((lens) => [lens, `${capitalize(lens)} — ${page.finalAdvice.lenses[lens]}`])),
      select('vocabulary', 'Vocabulary', 'Any vocabulary',
        [...index.vocabularies.values()].map(({ vocabulary }) => [vocabulary.key, vocabulary.name])),
      filters.audience || filters.lens || filters.vocabulary
        ? el('a', { class: 'clear', href: '#/', 'data-testid': 'clear-filters' }, 'Clear filters')
        : null);
    bar.addEventListener('change', (event) => {
      const { name, value } = event.target;
      location.hash = overviewHref({ ...filters, [name]: value });
    });
    bar.addEventListener('submit', (event) => event.preventDefault());
    return bar;
  }

  function vocabularyResults(filters) {
    const { vocabulary, color } = index.vocabularies.get(filters.vocabulary);
    const matches = [...index.taskPatterns.values()]
      .filter(({ pattern }) => pattern.references.some((reference) => reference.vocabulary === vocabulary.key));
    const namedByPage = taxonomy.page.audiences.some((reference) => reference.vocabulary === vocabulary.key);

    return el('section', { class: 'card results', 'data-testid': 'vocabulary-results', 'data-vocabulary-key': vocabulary.key },
      el('h2', {}, el('span', { class: 'swatch', 'data-color': color }), `Task patterns that involve ${vocabulary.name.toLowerCase()}`),
      vocabulary.description ? el('p', { class: 'muted' }, vocabulary.description) : null,
      matches.length > 0
        ? el('ul', { class: 'matches' }, matches.map(({ pattern, role, number }) => el('li', {
          'data-testid': 'vocabulary-match', 'data-task-pattern-key': pattern.key,
        },
        el('a', { class: 'role-tag', href: roleHref(role.key) }, role.name),
        el('a', { class: 'match-title', href: taskPatternHref(pattern.key) }, `${number}. ${pattern.title}`),
        lifecycleBadges(pattern),
        el('ul', { class: 'chips small' }, pattern.references
          .filter((reference) => reference.vocabulary === vocabulary.key)
          .map((reference) => el('li', { class: 'chip' }, index.member(reference).name))))))
        : el('p', { class: 'empty', 'data-testid': 'vocabulary-empty' },
          `No task pattern involves ${vocabulary.name.toLowerCase()}.`,
          namedByPage ? ' The page itself names them: who it is for (see above).' : ''),
      el('details', { class: 'members' },
        el('summary', {}, `The ${plural(vocabulary.members.length, 'member', 'members')} of ${vocabulary.name.toLowerCase()}`),
        // flatMap: el flattens one level only, and a dt/dd pair per member is one level more.
        el('dl', {}, vocabulary.members.flatMap((member) => [
          el('dt', { 'data-testid': 'member', 'data-member-key': member.key }, member.name, Object.entries(member.attributes).map(([name, value]) =>
            el('span', { class: 'attribute' }, `${name} ${value}`)), lifecycleBadges(member)),
          el('dd', {}, member.description || '\u2014'),
        ]))));
  }

  function lensView(filters) {
    const lens = filters.lens;
    return el('section', { class: 'card lens-view', 'data-testid': 'lens-view', 'data-lens': lens },
      el('h2', {}, `${capitalize(lens)}: ${taxonomy.page.finalAdvice.lenses[lens]}`),
      el('div', { class: 'lens-grid' }, taxonomy.roles.map((role) => el('article', {
        class: 'lens-card', 'data-testid': 'lens-card', 'data-role-key': role.key,
      },
      el('h3', {}, el('a', { href: roleHref(role.key) }, role.name)),
      el('p', { 'data-testid': 'lens-text' }, role.lenses[lens])))));
  }

  function comparisonTable(filters) {
    const headings = taxonomy.page.comparison;
    const list = (items) => el('ul', { class: 'plain' }, items.map((item) => el('li', {}, item)));
    return el('section', { class: 'card', id: 'comparison' },
      el('h2', {}, headings.title),
      el('div', { class: 'table-scroll' },
        el('table', { class: 'comparison', 'data-testid': 'comparison-table' },
          el('thead', {}, el('tr', {},
            el('th', { scope: 'col' }, headings.roleColumn),
            el('th', { scope: 'col' }, headings.centerOfGravityColumn),
            el('th', { scope: 'col' }, headings.typicalOutputColumn),
            el('th', { scope: 'col' }, headings.failureModeColumn),
            el('th', { scope: 'col', class: 'count' }, 'Task patterns'))),
          el('tbody', {}, taxonomy.roles.map((role) => {
            const involved = !filters.vocabulary || role.taskPatterns.some((pattern) =>
              pattern.references.some((reference) => reference.vocabulary === filters.vocabulary));
            return el('tr', {
              id: `role-${role.key}`, class: involved ? null : 'dimmed', 'data-testid': 'comparison-row', 'data-role-key': role.key,
            },
            el('th', { scope: 'row' }, el('a', { href: roleHref(role.key), 'data-testid': 'role-link' }, role.name), lifecycleBadges(role)),
            el('td', { 'data-testid': 'center-of-gravity' }, role.centerOfGravity),
            el('td', {}, list(role.typicalOutputs)),
            el('td', {}, list(role.failureModes)),
            el('td', { class: 'count', 'data-testid': 'task-pattern-count' }, String(role.taskPatterns.length)));
          })))));
  }

  // Stacked bars: how many vocabulary references each role's task patterns make, coloured by vocabulary.
  function chart(filters) {
    const rows = taxonomy.roles.map((role) => {
      const counts = new Map();
      for (const pattern of role.taskPatterns) {
        for (const reference of pattern.references) counts.set(reference.vocabulary, (counts.get(reference.vocabulary) || 0) + 1);
      }
      return { role, counts, total: [...counts.values()].reduce((sum, count) => sum + count, 0) };
    });
    const max = Math.max(1, ...rows.map((row) => row.total));
    const labelWidth = 190;
    const barArea = 360;
    const rowHeight = 40;
    const width = labelWidth + barArea + 50;
    const height = rows.length * rowHeight + 10;

    const drawing = svg('svg', {
      viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'data-testid': 'chart-svg',
      'aria-labelledby': 'chart-title',
    });
    rows.forEach((row, position) => {
      const y = position * rowHeight + 8;
      const group = svg('g', { 'data-testid': 'chart-row', 'data-role-key': row.role.key, 'data-total': row.total });
      group.append(svg('text', { x: labelWidth - 12, y: y + 17, 'text-anchor': 'end', class: 'chart-label' }, row.role.name));
      group.append(svg('rect', { x: labelWidth, y, width: barArea, height: 24, rx: 4, class: 'chart-track' }));
      let x = labelWidth;
      for (const [key, { vocabulary, color }] of index.vocabularies) {
        const count = row.counts.get(key) || 0;
        if (count === 0) continue;
        const segmentWidth = (count / max) * barArea;
        const dimmed = filters.vocabulary && filters.vocabulary !== key;
        group.append(svg('a', { href: overviewHref({ ...filters, vocabulary: key }), 'aria-label': `${vocabulary.name}: ${count}` },
          svg('rect', {
            x, y, width: segmentWidth, height: 24, fill: color, class: dimmed ? 'segment dimmed' : 'segment',
            'data-vocabulary-key': key, 'data-count': count,
          }, svg('title', {}, `${row.role.name} · ${vocabulary.name}: ${count}`))));
        x += segmentWidth;
      }
      group.append(svg('text', { x: x + 8, y: y + 17, class: 'chart-total' }, String(row.total)));
      drawing.append(group);
    });

    return el('section', { class: 'card chart', 'data-testid': 'chart' },
      el('h2', { id: 'chart-title' }, 'Vocabulary references per role'),
      el('p', { class: 'muted' }, 'How often each role\u2019s task patterns name a member of a vocabulary. Choose a colour to filter by it.'),
      drawing,
      el('ul', { class: 'legend', 'data-testid': 'chart-legend' }, [...index.vocabularies.values()].map(({ vocabulary, color }) =>
        el('li', { class: filters.vocabulary && filters.vocabulary !== vocabulary.key ? 'dimmed' : null },
          el('a', { href: overviewHref({ ...filters, vocabulary: vocabulary.key }) },
            el('span', { class: 'swatch', 'data-color': color }), vocabulary.name)))));
  }

  function finalAdvice(filters) {
    const advice = taxonomy.page.finalAdvice;
    return el('section', { class: 'card advice', 'data-testid': 'final-advice' },
      el('h2', {}, advice.title),
      el('p', {}, advice.intro),
      el('ul', { class: 'lens-links' }, LENSES.map((lens) => el('li', {},
        el('a', {
          href: overviewHref({ ...filters, lens: filters.lens === lens ? '' : lens }),
          class: filters.lens === lens ? 'selected' : null,
          'aria-current': filters.lens === lens ? 'true' : null,
        }, el('strong', {}, capitalize(lens)), ' \u2014 ', advice.lenses[lens])))),
      el('p', { class: 'muted' }, advice.closing));
  }

  // ---- Role page -----------------------------------------------------------------------------------------------

  function renderRole(role, highlightedPatternKey) {
    const page = taxonomy.page;
    const headings = page.comparison;
    const position = taxonomy.roles.indexOf(role);
    const list = (items) => el('ul', { class: 'plain' }, items.map((item) => el('li', {}, item)));

    return [
      el('section', { class: 'hero role-hero', 'data-testid': 'role-page', 'data-role-key': role.key, id: `role-${role.key}` },
        el('a', { class: 'back', href: '#/', 'data-testid': 'back-to-overview' }, '\u2190 All roles'),
        el('p', { class: 'eyebrow' }, `Role ${position + 1} of ${taxonomy.roles.length}`),
        el('h1', { 'data-testid': 'role-name' }, role.name),
        role.stability === 'experimental' || role.deprecated
          ? el('p', { class: 'lifecycle', 'data-testid': 'role-lifecycle' }, lifecycleBadges(role))
          : null,
        deprecationNote(role, roleReplacement(role)),
        el('p', { class: 'lead', 'data-testid': 'role-summary' }, role.summary),
        el('dl', { class: 'facts' },
          el('div', {}, el('dt', {}, headings.centerOfGravityColumn), el('dd', { 'data-testid': 'role-center-of-gravity' }, role.centerOfGravity)),
          el('div', {}, el('dt', {}, headings.typicalOutputColumn), el('dd', {}, list(role.typicalOutputs))),
          el('div', {}, el('dt', {}, headings.failureModeColumn), el('dd', {}, list(role.failureModes))))),
      el('section', { class: 'card' },
        el('h2', {}, `${role.name} \u2014 ${page.taskPatternsTitle}`),
        el('ol', { class: 'task-patterns', 'data-testid': 'task-patterns' }, role.taskPatterns.map((pattern, number) =>
          taskPatternCard(pattern, number + 1, pattern.key === highlightedPatternKey)))),
      el('div', { class: 'columns' },
        el('section', { class: 'card outsiders', 'data-testid': 'outsiders-miss' },
          el('h2', {}, page.outsidersMissTitle),
          el('p', { class: 'misconception' }, role.outsidersMiss.misconception),
          el('p', {}, role.outsidersMiss.reality)),
        el('section', { class: 'card', 'data-testid': 'role-lenses' },
          el('h2', {}, 'The four lenses'),
          el('div', { class: 'lens-grid single' }, LENSES.map((lens) => el('article', {
            class: 'lens-card', id: `lens-${lens}`, 'data-testid': 'role-lens', 'data-lens': lens,
          },
          el('h3', {}, capitalize(lens), el('span', { class: 'lens-question' }, page.finalAdvice.lenses[lens])),
          el('p', { 'data-testid': 'lens-text' }, role.lenses[lens]),
          el('a', { class: 'more', href: overviewHref({ audience: '', vocabulary: '', lens }) }, 'Every role through this lens \u2192')))))),
    ];
  }

  function taskPatternCard(pattern, number, highlighted) {
    const [first, ...rest] = pattern.paragraphs;
    return el('li', {
      class: highlighted ? 'task-pattern highlighted' : 'task-pattern',
      id: `task-pattern-${pattern.key}`, 'data-testid': 'task-pattern', 'data-task-pattern-key': pattern.key,
    },
    el('h3', {},
      el('span', { class: 'ordinal' }, String(number)),
      el('a', { href: taskPatternHref(pattern.key), 'data-testid': 'task-pattern-link' }, pattern.title),
      lifecycleBadges(pattern)),
    deprecationNote(pattern, taskPatternReplacement(pattern)),
    el('p', {}, first),
    pattern.items.length > 0 ? el('ul', { class: 'items' }, pattern.items.map((item) => el('li', {}, item))) : null,
    rest.map((paragraph) => el('p', {}, paragraph)),
    referencesByVocabulary(pattern).map(({ vocabulary, members }) => el('p', {
      class: 'references', 'data-testid': 'task-pattern-references', 'data-vocabulary-key': vocabulary.key,
    },
    el('a', { class: 'vocabulary-link', href: overviewHref({ audience: '', lens: '', vocabulary: vocabulary.key }) },
      el('span', { class: 'swatch', 'data-color': index.vocabularies.get(vocabulary.key).color }), vocabulary.name),
    el('span', { class: 'chips small' }, members.map((member) => el('span', { class: 'chip' }, member.name))))));
  }

  // ---- Shell ---------------------------------------------------------------------------------------------------

  function renderNav(activeRoleKey) {
    roleNav.replaceChildren(...taxonomy.roles.map((role) => el('a', {
      href: roleHref(role.key),
      'aria-current': role.key === activeRoleKey ? 'page' : null,
      'data-testid': 'nav-role', 'data-role-key': role.key,
    }, role.name)));
  }

  function notFound(message) {
    return el('section', { class: 'card', 'data-testid': 'not-found' },
      el('h1', {}, 'Not found'), el('p', {}, message), el('p', {}, el('a', { href: '#/' }, '\u2190 Back to the overview')));
  }

  // Swatches take their colour from data-color here, not from an inline style, which the page's policy forbids.
  function paintSwatches() {
    for (const swatch of app.querySelectorAll('.swatch[data-color]')) swatch.style.backgroundColor = swatch.dataset.color;
  }

  function render() {
    const route = parseRoute(location.hash);
    // A filter change re-renders the view; keep the keyboard where it was.
    const focusedId = document.activeElement && document.activeElement.id;
    let view;
    let title = 'RoleTaxonomy dashboard';
    let scrollTarget = null;

    if (route.view === 'overview') {
      renderNav(null);
      view = renderOverview(route.filters);
    } else if (route.view === 'role' && index.roles.has(route.key)) {
      const role = index.roles.get(route.key);
      renderNav(role.key);
      view = renderRole(role, null);
      title = `${role.name} \u2014 RoleTaxonomy dashboard`;
    } else if (route.view === 'task-pattern' && index.taskPatterns.has(route.key)) {
      const { pattern, role } = index.taskPatterns.get(route.key);
      renderNav(role.key);
      view = renderRole(role, pattern.key);
      title = `${pattern.title} \u2014 ${role.name}`;
      scrollTarget = `task-pattern-${pattern.key}`;
    } else {
      renderNav(null);
      const known = route.view === 'role' ? ` Known roles: ${[...index.roles.keys()].join(', ')}.` : '';
      view = [notFound(`Nothing in the taxonomy has this address.${known}`)];
    }

    app.replaceChildren(...view.filter(Boolean));
    app.dataset.route = route.view;
    document.title = title;
    paintSwatches();

    const focused = focusedId && document.getElementById(focusedId);
    if (focused) focused.focus();
    if (scrollTarget) document.getElementById(scrollTarget).scrollIntoView({ block: 'start' });
    else if (!focused) window.scrollTo(0, 0);
  }

  async function start() {
    try {
      const response = await fetch('taxonomy.json', { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`taxonomy.json answered ${response.status} ${response.statusText}`);
      taxonomy = await response.json();
    } catch (error) {
      app.replaceChildren(el('section', { class: 'card error', 'data-testid': 'load-error' },
        el('h1', {}, 'The taxonomy could not be loaded'), el('p', {}, String(error.message || error))));
      app.dataset.route = 'error';
      return;
    }
    index = buildIndex(taxonomy);
    versions.replaceChildren(
      el('span', {}, taxonomy.page.knowledgeBase),
      el('span', { 'data-testid': 'content-version' }, `content ${taxonomy.contentVersion}`),
      el('span', {}, `JSON schema v${taxonomy.schemaVersion}`));
    window.addEventListener('hashchange', render);
    render();
  }

  start();
})();
