"""The inline style and scripts of the HTML report (see html.py). Kept as constants: each page's
Content-Security-Policy allows exactly these by their hashes, and nothing is fetched from anywhere."""

from __future__ import annotations

_WIDTHS = "".join(f".bar .fill.w{w}{{width:{w}%}}" for w in range(0, 101, 5))

STYLE = (
    """
:root{--fg:#1f2328;--muted:#656d76;--line:#d8dee4;--bg:#f6f8fa;--card:#fff;--accent:#0969da;
--err:#cf222e;--err-bg:#ffebe9;--warn:#9a6700;--warn-bg:#fff8c5;--info:#0969da;--info-bg:#ddf4ff;
--fact:#dafbe1;--fact-line:#1a7f37;--unk:#eaeef2;--ev:#fff3b0;--ev-line:#bf8700;--sus:#ffd8d3}
*{box-sizing:border-box}
html{scroll-behavior:auto}
body{margin:0;color:var(--fg);background:var(--bg);font:15px/1.6 system-ui,-apple-system,"Segoe UI",
"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:16px 28px}
header.top h1{margin:2px 0 6px;font-size:22px;font-weight:600;word-break:break-all}
.back{font-size:13px}
.where{font-size:16px;color:var(--fg);font-weight:500}
.sub{color:var(--muted);font-size:12px}
.path{word-break:break-all}
.err{color:var(--err)}
.chips{display:flex;gap:10px;flex-wrap:wrap}
.chip{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:6px 14px;display:flex;
flex-direction:column;align-items:center;min-width:78px;font-size:12px;color:var(--muted)}
.chip .n{font-size:22px;font-weight:600;color:var(--fg);line-height:1.2}
.chip-error .n{color:var(--err)}.chip-warning .n{color:var(--warn)}.chip-info .n{color:var(--info)}
main{padding:20px 28px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 18px;margin:0 0 18px}
.charts{display:grid;grid-template-columns:minmax(300px,1fr) minmax(420px,1.3fr);gap:18px;margin-bottom:18px;align-items:start}
figure.card{margin:0}
figcaption{font-weight:600;margin-bottom:8px}
.chart text{font:12px system-ui,sans-serif;fill:var(--fg)}
.chart .lbl{font-weight:600}.chart .sub-lbl,.chart .tick,.chart .val{fill:var(--muted);font-size:11px}
.chart .axis{stroke:#afb8c1;stroke-width:1}.chart .median{stroke:#8c959f;stroke-dasharray:3 2}
.sev-fill-error{fill:var(--err)}.sev-fill-warning{fill:#d4a72c}.sev-fill-info{fill:#54aeff}
.rule-bar{cursor:pointer}.rule-bar .hit{fill:transparent}.rule-bar:hover .hit{fill:#f6f8fa}.rule-bar:hover rect,.rule-bar:focus rect{opacity:.75}
.dot circle{fill:#54aeff;fill-opacity:.75;stroke:#0969da;stroke-width:1}
.dot.outlier circle{fill:var(--err);fill-opacity:.85;stroke:#82071e;stroke-width:2}
.dot:hover circle{fill-opacity:1;stroke-width:2.5}
.legend-line{font-size:12px;color:var(--muted);margin-top:4px}
.dot-key{display:inline-block;width:10px;height:10px;border-radius:50%;background:#54aeff;border:1px solid #0969da;
margin:0 4px 0 10px;vertical-align:-1px}.dot-key.outlier{background:var(--err);border-color:#82071e}
.rate .rate-name{font-weight:600;font-size:12px}.empty{color:var(--muted);font-size:13px;margin:4px 0 10px}
.controls{display:flex;gap:10px;align-items:center;margin-bottom:10px;flex-wrap:wrap}
.controls input{flex:1;min-width:220px;padding:7px 10px;border:1px solid var(--line);border-radius:6px;font:inherit}
.controls select{padding:7px 8px;border:1px solid var(--line);border-radius:6px;font:inherit;background:#fff}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{padding:8px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:var(--bg);font-weight:600;cursor:pointer;user-select:none;white-space:nowrap;font-size:13px}
th:hover{background:#eaeef2}
th[aria-sort=ascending]::after{content:" ▲";font-size:10px}th[aria-sort=descending]::after{content:" ▼";font-size:10px}
td.num,th.num{text-align:right}
tbody tr:hover{background:#f6f8fa}
.zero{color:#afb8c1}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;line-height:20px}
.badge.sev-error{background:var(--err-bg);color:var(--err)}
.badge.sev-warning{background:var(--warn-bg);color:var(--warn)}
.badge.sev-info{background:var(--info-bg);color:var(--info)}
.badges .badge{margin-right:6px}
.state{font-size:12px;border-radius:4px;padding:1px 6px}
.st-error,.st-findings,.st-clean{color:var(--muted)}
.st-unreadable{background:var(--err);color:#fff}
.bar{display:inline-block;width:60px;height:6px;border-radius:3px;background:#eaeef2;vertical-align:middle;
overflow:hidden}.bar .fill{display:block;height:100%;background:var(--fact-line)}
"""
    + _WIDTHS
    + """
dl.cov{display:flex;flex-wrap:wrap;gap:4px 18px;margin:10px 0 0;font-size:13px}
dl.cov dt{color:var(--muted)}dl.cov dd{margin:0 0 0 -12px;font-weight:600}
main.doc{display:grid;grid-template-columns:minmax(0,1fr) 400px;gap:20px;align-items:start}
main.doc h2{font-size:15px;margin:0 0 10px}
.doctext{white-space:pre-wrap;word-wrap:break-word;line-height:1.95;font-size:15px;max-width:52em}
.legend{display:flex;gap:12px;flex-wrap:wrap;font-size:12px;margin-bottom:12px;color:var(--muted)}
.fact{background:var(--fact);border-bottom:2px solid var(--fact-line);border-radius:2px;cursor:help}
.fact.unknown{background:var(--unk);border-bottom:2px dotted #8c959f}
.cited{border-bottom-color:var(--ev-line)}
.hl-ev{background:var(--ev);outline:2px solid var(--ev-line);outline-offset:1px;border-radius:2px}
.hl-sus{outline:2px dashed var(--err);outline-offset:1px}
.hl-top{background:var(--sus);outline:2px solid var(--err);text-decoration:underline wavy var(--err);
text-underline-offset:4px}
aside.findings{position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto}
.hint{font-size:12px;color:var(--muted);margin:0 0 10px}
.clean{color:var(--fact-line)}
.finding{background:#fff;border:1px solid var(--line);border-left:5px solid var(--info);border-radius:8px;
padding:10px 12px;margin-bottom:10px;cursor:pointer;font-size:14px}
.finding.sev-error{border-left-color:var(--err)}.finding.sev-warning{border-left-color:#d4a72c}
.finding:hover{box-shadow:0 1px 6px rgba(31,35,40,.12)}
.finding.active{box-shadow:0 0 0 2px var(--accent);}
.finding header{margin-bottom:4px}
.finding .rule{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px;color:var(--muted)}
.finding .ftitle{font-weight:600}
.finding p{margin:6px 0}
.finding .msg{line-height:1.6}
.eo{display:flex;gap:16px;font-size:13px;color:var(--muted)}.eo b{color:var(--fg)}
.k{font-size:12px;color:var(--muted);margin-right:4px}
.top-suspect{background:#fff5f5;border-radius:6px;padding:4px 8px;margin:6px 0}
.sus-line{display:block}.top-suspect .k{display:block}
.sus-chip,.ev-chip{display:inline-block;border-radius:4px;padding:0 6px;margin:1px 3px 1px 0;font-size:13px}
.sus-chip{background:var(--sus);color:#82071e}.sus-chip.top{font-weight:700;outline:2px solid var(--err)}
.ev-chip{background:var(--ev)}
.tip{position:absolute;z-index:10;background:#1f2328;color:#fff;padding:6px 10px;border-radius:6px;font-size:12px;
line-height:1.5;white-space:pre-line;max-width:340px;pointer-events:none;box-shadow:0 2px 8px rgba(0,0,0,.2)}
footer{color:var(--muted);font-size:12px;padding:0 28px 24px}
@media (max-width:1000px){.charts{grid-template-columns:1fr}main.doc{grid-template-columns:1fr}
aside.findings{position:static;max-height:none}}
"""
)

INDEX_JS = """
(function(){
  var table=document.getElementById('docs');if(!table)return;
  var tbody=table.tBodies[0],heads=table.tHead.rows[0].cells;
  var input=document.getElementById('filter'),state=document.getElementById('state'),count=document.getElementById('count');
  function key(row,i,num){var v=row.cells[i].getAttribute('data-sort')||'';return num?parseFloat(v)||0:v;}
  function sortBy(i){
    var th=heads[i],num=th.getAttribute('data-type')==='num';
    var dir=th.getAttribute('aria-sort')==='ascending'?-1:1;
    for(var j=0;j<heads.length;j++)heads[j].setAttribute('aria-sort','none');
    th.setAttribute('aria-sort',dir===1?'ascending':'descending');
    var rows=Array.prototype.slice.call(tbody.rows);
    rows.sort(function(a,b){var x=key(a,i,num),y=key(b,i,num);
      var c=num?x-y:String(x).localeCompare(String(y),'zh');return c*dir;});
    rows.forEach(function(r){tbody.appendChild(r);});
  }
  Array.prototype.forEach.call(heads,function(th,i){
    th.addEventListener('click',function(){sortBy(i);});
    th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sortBy(i);}});
  });
  function filter(){
    var q=input.value.trim().toLowerCase(),s=state.value,shown=0;
    Array.prototype.forEach.call(tbody.rows,function(r){
      var st=r.getAttribute('data-state');
      var ok=(!q||r.getAttribute('data-search').indexOf(q)>=0)&&
        (!s||st===s||(s==='findings'&&st==='error'));
      r.hidden=!ok;if(ok)shown++;});
    count.textContent=shown+' / '+tbody.rows.length+' '+count.getAttribute('data-label');
  }
  input.addEventListener('input',filter);state.addEventListener('change',filter);
  Array.prototype.forEach.call(document.querySelectorAll('.rule-bar'),function(g){
    function pick(){input.value=g.getAttribute('data-rule');state.value='';filter();
      table.scrollIntoView({block:'start'});}
    g.addEventListener('click',pick);
    g.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();pick();}});
  });
})();
"""

DOC_JS = """
(function(){
  var text=document.getElementById('text');if(!text)return;
  var active=null;
  function each(sel,fn){Array.prototype.forEach.call(text.querySelectorAll(sel),fn);}
  function clear(){
    each('.hl-ev,.hl-sus,.hl-top',function(e){e.classList.remove('hl-ev','hl-sus','hl-top');});
    Array.prototype.forEach.call(document.querySelectorAll('.finding.active'),function(c){
      c.classList.remove('active');c.setAttribute('aria-pressed','false');});
  }
  function activate(card,scroll){
    var i=card.getAttribute('data-finding');
    clear();
    if(active===i){active=null;return;}
    active=i;card.classList.add('active');card.setAttribute('aria-pressed','true');
    each('[data-ev~="'+i+'"]',function(e){e.classList.add('hl-ev');});
    each('[data-sus~="'+i+'"]',function(e){e.classList.add('hl-sus');});
    each('[data-top~="'+i+'"]',function(e){e.classList.add('hl-sus','hl-top');});
    var first=text.querySelector('[data-ev~="'+i+'"]')||text.querySelector('[data-top~="'+i+'"]');
    if(first&&scroll)first.scrollIntoView({block:'center',inline:'nearest'});
    try{history.replaceState(null,'','#finding-'+i);}catch(e){}
  }
  Array.prototype.forEach.call(document.querySelectorAll('.finding'),function(card){
    card.addEventListener('click',function(){activate(card,true);});
    card.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();activate(card,true);}});
  });
  var m=/^#finding-(\\d+)$/.exec(location.hash);
  if(m){var c=document.getElementById('finding-'+m[1]);if(c)activate(c,true);}
  var tip=document.getElementById('tip');
  text.addEventListener('mouseover',function(e){
    var t=e.target.closest('[data-tip]');if(!t){tip.hidden=true;return;}
    tip.textContent=t.getAttribute('data-tip');tip.hidden=false;
    var r=t.getBoundingClientRect();
    tip.style.left=Math.max(4,window.scrollX+r.left)+'px';
    tip.style.top=(window.scrollY+r.bottom+6)+'px';
  });
  text.addEventListener('mouseleave',function(){tip.hidden=true;});
})();
"""
