"""The report's inline stylesheet: system fonts only, print-friendly, no remote resources."""

CSS = """
:root{--ink:#1c2833;--muted:#5d6d7e;--line:#d5d8dc;--bg:#fbfbfa;--accent:#1f618d}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1100px;margin:0 auto;padding:24px 28px 60px}
header{border-bottom:3px solid var(--ink);padding-bottom:12px;margin-bottom:8px}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--muted);margin:0}
h1{font:700 28px/1.2 Georgia,"Times New Roman",serif;margin:6px 0 8px}
h2{font:700 19px/1.3 Georgia,"Times New Roman",serif;border-bottom:1px solid var(--line);padding-bottom:4px;margin:30px 0 12px}
h3{font-size:16px;margin:18px 0 6px}
.meta,.muted,.note{color:var(--muted);margin:4px 0}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
table{border-collapse:collapse;width:100%;font-size:13.5px;margin:6px 0 10px;background:#fff}
th,td{border:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}
thead th{background:#eef1f3;font-weight:600}
tbody th{background:#f7f9f9;font-weight:600;width:190px}
tr.differs td,tr.differs th{background:#fef5e7}
.chain{color:#34495e}.hedge{color:#922b21;font-style:italic}.denies{color:#c0392b;font-weight:600}
.badge{display:inline-block;border-radius:3px;padding:1px 7px;font-size:12px;font-weight:600;color:#fff;background:#566573;margin-right:4px}
.badge.contradicted{background:#c0392b}.badge.evolving{background:#b9770e}.badge.corroborated{background:#1e8449}
.badge.hedged{background:#922b21}.badge.framing{background:#6c3483}
.findings li{margin:5px 0}
.group{border-left:4px solid var(--line);padding-left:12px;margin-bottom:18px}
.cite{font-size:12px;white-space:nowrap;background:#eaf2f8;border-radius:3px;padding:0 4px}
svg{display:block;background:#fff;border:1px solid var(--line)}
svg .grid{stroke:#eceff1}svg .tick{font-size:11px;fill:#707b7c;text-anchor:middle}
svg .lane{font-size:12px;fill:#1c2833;text-anchor:end;font-weight:600}svg .lane-line{stroke:#aab7b8}
svg .point{font-size:11px;fill:#34495e}
svg .sea{fill:#eaf2f8}svg .land{fill:#f4f1ea;stroke:#a6acaf;stroke-width:.8}
svg .graticule{stroke:#d6eaf8;stroke-width:.6}svg .grat-label{font-size:10px;fill:#85929e}
svg .place{fill:#c0392b;fill-opacity:.75;stroke:#fff;stroke-width:1.5}
svg .place-label{font-size:13px;font-weight:600;fill:#1c2833;paint-order:stroke;stroke:#fff;stroke-width:3px}
svg .country{font-size:12px;letter-spacing:.2em;fill:#a6acaf;text-anchor:middle;font-weight:600}
svg .credit{font-size:10px;fill:#85929e;text-anchor:end}
.legend{font-size:12px;color:var(--muted)}.key{margin-right:14px}.key i{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;vertical-align:middle}
.sentences{padding-left:0;list-style:none;font-size:14px}
.sentences li{padding:3px 6px;border-radius:3px}
.sentences li:target{background:#fcf3cf;outline:2px solid #f4d03f}
.sid{display:inline-block;min-width:34px;color:var(--muted);font-size:11px}
article{border-top:1px solid var(--line);margin-top:14px}
@media print{.cite{background:none}main{max-width:none}}
"""
