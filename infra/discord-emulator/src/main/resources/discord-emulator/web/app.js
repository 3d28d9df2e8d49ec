// The emulator's web view: polls /api/ and renders what the chosen member sees; every click, pick, command, form,
// reaction and message goes through /api/act, as that member's Discord client would send it.
const state = { world: null, worldKey: '', guild: null, channel: null, channelId: null, member: null, shown: '' };
const $ = id => document.getElementById(id);

async function api(path, body) {
  const r = await fetch('/api/' + path, body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
  });
  const json = await r.json();
  if (!r.ok) throw new Error(json.error || r.status);
  return json;
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else if (v !== false && v != null) e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

function notice(text) { $('notice').textContent = text || ''; }

async function loadWorld() {
  const world = await api('world');
  const key = JSON.stringify(world);
  if (key === state.worldKey) return;
  state.worldKey = key;
  state.world = world;
  if (!state.guild) {
    const g = state.world.guilds[0];
    if (!g) return;
    state.guild = g.id;
    const first = g.channels.find(c => c.type === 0) || {};
    state.channel = first.name;
    state.channelId = first.id;
    state.member = (g.members[0] || {}).id;
  }
  renderNav();
}

function guild() { return state.world.guilds.find(g => g.id === state.guild); }

function channelLink(g, c, text, attribute) {
  const current = g.id === state.guild && c.id === state.channelId;
  return el('a', { class: current ? 'current' + (c.parent ? ' thread' : '') : (c.parent ? 'thread' : ''),
    [attribute]: c.name, onclick: () => {
      state.guild = g.id; state.channel = c.name; state.channelId = c.id;
      if (!g.members.some(m => m.id === state.member)) state.member = (g.members[0] || {}).id;
      state.shown = ''; renderNav(); refresh();
    } }, text);
}

function renderNav() {
  const nav = $('guilds');
  nav.replaceChildren();
  for (const g of state.world.guilds) {
    nav.append(el('h2', {}, g.name));
    for (const c of g.channels.filter(c => c.type === 0 || c.type === 5)) {
      nav.append(channelLink(g, c, '# ' + c.name, 'data-channel'));
      // its threads under it, as Discord's channel list shows them
      for (const t of g.channels.filter(t => t.parent === c.id)) {
        nav.append(channelLink(g, t, '🧵 ' + t.name + (t.archived ? ' (archived)' : '') + (t.locked ? ' 🔒' : ''),
          'data-thread'));
      }
    }
  }
  const members = $('member');
  members.replaceChildren(...guild().members.map(m => el('option', { value: m.id, selected: m.id === state.member }, m.name)));
  members.onchange = () => { state.member = members.value; state.shown = ''; refresh(); };
  const shown = guild().channels.find(c => c.id === state.channelId) || {};
  $('channel-title').textContent = (shown.parent ? '🧵 ' : '# ') + state.channel;
  const commands = $('command');
  const slash = guild().commands.filter(c => (c.type || 1) === 1);
  const chosen = commands.value;
  commands.replaceChildren(el('option', { value: '' }, 'message'), ...slash.flatMap(c => paths(c).map(p =>
    el('option', { value: p.path, selected: p.path === chosen }, '/' + p.path))));
  commands.onchange = renderOptions;
  renderOptions();
}

// a command and its subcommands, each with the options a member fills in
function paths(command) {
  const nested = (command.options || []).filter(o => o.type === 1 || o.type === 2);
  if (!nested.length) return [{ path: command.name, options: command.options || [] }];
  return nested.flatMap(o => o.type === 1 ? [{ path: command.name + ' ' + o.name, options: o.options || [] }]
    : (o.options || []).map(s => ({ path: command.name + ' ' + o.name + ' ' + s.name, options: s.options || [] })));
}

function renderOptions() {
  const value = $('command').value;
  const span = $('options');
  span.replaceChildren();
  $('text').hidden = !!value;
  if (!value) return;
  const found = guild().commands.flatMap(paths).find(p => p.path === value);
  for (const o of found ? found.options : []) {
    const input = o.choices && o.choices.length
      ? el('select', { 'data-option': o.name, 'data-type': o.type }, ...(o.required ? [] : [el('option', { value: '' }, '')]),
          ...o.choices.map(c => el('option', { value: c.value }, c.name)))
      : el('input', { 'data-option': o.name, 'data-type': o.type, placeholder: o.name + (o.required ? '' : ' (optional)'),
          list: o.type === 6 ? 'member-ids' : null });
    span.append(input);
  }
  span.append(el('datalist', { id: 'member-ids' }, ...guild().members.map(m => el('option', { value: m.id }, m.name))));
}

function renderMessage(m, members) {
  const author = m.author || {};
  const box = el('article', { class: 'message', 'data-id': m.id },
    el('span', { class: 'author' }, author.username || '?'),
    author.bot ? el('span', { class: 'bot-tag' }, 'APP') : null,
    (m.flags & 64) ? el('span', { class: 'only-you' }, 'Only you can see this') : null,
    (m.flags & 128) ? el('div', { class: 'loading' }, (author.username || 'The bot') + ' is thinking…') : null,
    m.content ? el('div', { class: 'content' }, m.content) : null);
  for (const e of m.embeds || []) {
    const embed = el('div', { class: 'embed', style: e.color ? 'border-color:#' + e.color.toString(16).padStart(6, '0') : null },
      e.title ? el('div', { class: 'title' }, e.title) : null,
      e.description ? el('div', { class: 'description' }, e.description) : null);
    const fields = el('div', { class: 'fields' });
    for (const f of e.fields || []) fields.append(el('div', { class: f.inline ? 'field inline' : 'field' }, el('div', { class: 'name' }, f.name), el('div', {}, f.value)));
    embed.append(fields);
    if (e.footer && e.footer.text) embed.append(el('div', { class: 'footer' }, e.footer.text));
    box.append(embed);
  }
  for (const row of m.components || []) {
    const r = el('div', { class: 'row' });
    for (const c of row.components || []) {
      if (c.type === 2) {
        const style = { 1: 'primary', 3: 'success', 4: 'danger' }[c.style] || 'secondary';
        r.append(el('button', { class: style, disabled: c.disabled ? 'disabled' : false, 'data-custom-id': c.custom_id,
          onclick: () => act({ kind: 'click', message: m.id, customId: c.custom_id }) },
          (c.emoji && c.emoji.name ? c.emoji.name + ' ' : '') + (c.label || '')));
      } else if (c.type === 3) {
        const select = el('select', { 'data-custom-id': c.custom_id, multiple: (c.max_values || 1) > 1 ? 'multiple' : false },
          ...(c.max_values > 1 ? [] : [el('option', { value: '' }, c.placeholder || 'Pick…')]),
          ...(c.options || []).map(o => el('option', { value: o.value }, o.label)));
        select.onchange = () => act({ kind: 'select', message: m.id, customId: c.custom_id,
          values: [...select.selectedOptions].map(o => o.value).filter(v => v) });
        r.append(select);
      }
    }
    box.append(r);
  }
  const reactions = el('div', { class: 'reactions' });
  for (const r of m.reactions || []) {
    reactions.append(el('button', { onclick: () => act({ kind: 'react', message: m.id, emoji: r.emoji.name }) },
      r.emoji.name + ' ' + r.count));
  }
  reactions.append(el('button', { title: 'react 👍', onclick: () => act({ kind: 'react', message: m.id, emoji: '👍' }) }, '+'));
  box.append(reactions);
  return box;
}

async function refresh() {
  if (!state.world || !state.channel) return;
  const g = guild();
  const channel = g.channels.find(c => c.id === state.channelId) || g.channels.find(c => c.name === state.channel);
  const messages = await api('messages?channel=' + channel.id + '&as=' + state.member);
  const key = JSON.stringify(messages);
  if (key === state.shown) return;
  state.shown = key;
  const box = $('messages');
  const atEnd = box.scrollTop + box.clientHeight >= box.scrollHeight - 20;
  box.replaceChildren(...messages.map(m => renderMessage(m)));
  if (atEnd) box.scrollTop = box.scrollHeight;
}

async function act(action) {
  notice('');
  try {
    const out = await api('act', { guild: state.guild, as: state.member, channel: state.channel, ...action });
    if (out.interaction) follow(out.interaction);
    refresh();
  } catch (e) {
    notice(e.message);
  }
}

// after an interaction: if the bot opens a form, show it
async function follow(id) {
  for (let k = 0; k < 40; k++) {
    const i = await api('interactions/' + id);
    if (i.modal) return openForm(id, i.modal);
    if (i.ack !== 'NONE') return refresh();
    await new Promise(r => setTimeout(r, 100));
  }
  notice('The bot did not answer within 4 seconds: Discord would show "This interaction failed".');
}

function openForm(id, modal) {
  $('modal-title').textContent = modal.title || 'Form';
  const fields = $('modal-fields');
  fields.replaceChildren();
  const inputs = [];
  for (const c of modal.components || []) {
    const input = c.type === 18 ? c.component : (c.components || [])[0];
    const label = c.type === 18 ? c.label : (input && input.label);
    if (!input) continue;
    const field = input.style === 2 ? el('textarea', { 'data-field': input.custom_id }) : el('input', { 'data-field': input.custom_id });
    inputs.push(field);
    fields.append(el('label', {}, label || input.custom_id), field);
  }
  $('form-dialog').showModal();
  $('modal').onsubmit = () => {
    const values = Object.fromEntries(inputs.map(i => [i.dataset.field, i.value]));
    act({ kind: 'submit', interaction: id, values });
  };
}

$('composer').addEventListener('submit', e => {
  e.preventDefault();
  const command = $('command').value;
  if (!command) {
    const text = $('text').value.trim();
    if (text) act({ kind: 'say', text });
    $('text').value = '';
    return;
  }
  const options = {};
  for (const input of $('options').querySelectorAll('[data-option]')) {
    if (input.value === '') continue;
    const type = Number(input.dataset.type);
    options[input.dataset.option] = (type === 4 || type === 10) ? Number(input.value) : input.value;
  }
  act({ kind: 'run', command: '/' + command, options });
});

loadWorld().then(refresh);
setInterval(() => loadWorld().then(refresh).catch(e => notice(e.message)), 1000);
