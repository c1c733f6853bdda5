using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using LogKit.Cli.Reading;
using Serilog.Events;

namespace LogKit.Cli.Output;

/// <summary>
/// Writes <see cref="LogStats"/> as one self-contained HTML file: styles and script inline, no network.
/// The tables are written as HTML; the chart (events per bucket stacked by level) is drawn as SVG by
/// the inline script from the data embedded as JSON. Every text from the logs is HTML-escaped.
/// </summary>
internal static class HtmlReport
{
    static readonly string[] s_colours = ["#9e9e9e", "#607d8b", "#2e7d32", "#f9a825", "#c62828", "#6a1b9a"];

    public static void Write(TextWriter output, LogStats stats, string title)
    {
        var c = CultureInfo.InvariantCulture;
        var data = new
        {
            levels = Enum.GetNames<LogEventLevel>(),
            colours = s_colours,
            bucketMinutes = stats.BucketSize.TotalMinutes,
            buckets = stats.Buckets.Select(b => new { t = b.Start.ToString("yyyy-MM-dd HH:mm", c), n = b.Counts }).ToArray(),
        };
        // The default encoder escapes <, > and &: the JSON cannot close the script element.
        var json = JsonSerializer.Serialize(data);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        html.Append(c, $"<title>logkit stats — {E(title)}</title>\n");
        html.Append("""
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}
h1{font-size:20px}h2{font-size:16px;margin-top:28px}
table{border-collapse:collapse}td,th{padding:3px 10px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.legend span{display:inline-block;margin-right:12px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
#chart svg{border:1px solid #ddd;background:#fafafa}
code{font:12px ui-monospace,monospace}
</style>
<script>window.addEventListener('error',function(e){document.documentElement.setAttribute('data-script-error',String(e.message))});</script>
</head><body>

""");
        html.Append(c, $"<h1>logkit stats — {E(title)}</h1>\n");
        html.Append(c, $"<p id=\"summary\">{stats.Events:N0} events in {stats.Files} files ({stats.BytesRead:N0} bytes read), from {E(Time(stats.First))} to {E(Time(stats.Last))}; {stats.InvalidLines:N0} lines skipped.</p>\n");

        html.Append("<h2>Levels</h2>\n<table id=\"levels\"><tr><th>level</th><th>events</th><th>share</th></tr>\n");
        foreach (var (level, count) in stats.ByLevel.Where(l => l.Value > 0).OrderByDescending(l => l.Key))
            html.Append(c, $"<tr><td><i style=\"display:inline-block;width:10px;height:10px;background:{s_colours[(int)level]}\"></i> {level}</td><td class=\"n\">{count:N0}</td><td class=\"n\">{(stats.Events == 0 ? 0 : (double)count / stats.Events):P1}</td></tr>\n");
        html.Append("</table>\n");

        html.Append(c, $"<h2>Events per {E(stats.BucketSize.ToString("g", c))} (UTC), stacked by level</h2>\n<div class=\"legend\" id=\"legend\"></div>\n<div id=\"chart\"></div>\n");

        html.Append(c, $"<h2>Top message templates ({stats.Templates.Count} of {stats.DistinctTemplates})</h2>\n");
        html.Append("<table id=\"templates\"><tr><th>events</th><th>share</th><th>template</th><th>example</th></tr>\n");
        foreach (var t in stats.Templates)
            html.Append(c, $"<tr><td class=\"n\">{t.Count:N0}</td><td class=\"n\">{t.Share:P1}</td><td><code>{E(t.Template)}</code></td><td>{E(t.Example)}</td></tr>\n");
        html.Append("</table>\n");

        html.Append(c, $"<h2>Errors ({stats.Errors.Count} shown)</h2>\n<table id=\"errors\"><tr><th>time</th><th>level</th><th>message</th><th>exception</th><th>where</th></tr>\n");
        foreach (var e in stats.Errors)
            html.Append(c, $"<tr><td>{E(e.Timestamp.ToString("yyyy-MM-dd HH:mm:ss.fff zzz", c))}</td><td>{e.Level}</td><td>{E(e.Message)}</td><td>{E(e.Exception ?? "")}</td><td><code>{E(Path.GetFileName(e.Path))}:{e.LineNumber}</code></td></tr>\n");
        html.Append("</table>\n");

        html.Append("<script type=\"application/json\" id=\"data\">").Append(json).Append("</script>\n");
        html.Append("""
<script>
(function(){
  var data=JSON.parse(document.getElementById('data').textContent);
  var ns='http://www.w3.org/2000/svg', W=960, H=240, pad=30;
  var legend=document.getElementById('legend');
  data.levels.forEach(function(name,i){var s=document.createElement('span');var sw=document.createElement('i');sw.style.background=data.colours[i];s.appendChild(sw);s.appendChild(document.createTextNode(name));legend.appendChild(s);});
  var max=1;data.buckets.forEach(function(b){var t=b.n.reduce(function(a,x){return a+x},0);if(t>max)max=t;});
  var svg=document.createElementNS(ns,'svg');svg.setAttribute('width',W);svg.setAttribute('height',H+pad);svg.setAttribute('id','chart-svg');
  var bw=Math.max(1,(W-pad)/Math.max(1,data.buckets.length));
  data.buckets.forEach(function(b,i){
    var y=H;
    b.n.forEach(function(n,l){
      if(!n)return;
      var h=n/max*(H-10);y-=h;
      var r=document.createElementNS(ns,'rect');
      r.setAttribute('x',pad+i*bw);r.setAttribute('y',y);r.setAttribute('width',Math.max(1,bw-1));r.setAttribute('height',h);
      r.setAttribute('fill',data.colours[l]);r.setAttribute('class','bar');
      var tip=document.createElementNS(ns,'title');tip.textContent=b.t+' '+data.levels[l]+': '+n;r.appendChild(tip);
      svg.appendChild(r);
    });
  });
  var axis=document.createElementNS(ns,'text');axis.setAttribute('x',pad);axis.setAttribute('y',H+20);axis.setAttribute('font-size','11');
  axis.textContent=data.buckets.length?data.buckets[0].t+' … '+data.buckets[data.buckets.length-1].t+' (max '+max+' per bucket)':'no events';
  svg.appendChild(axis);
  document.getElementById('chart').appendChild(svg);
  document.body.setAttribute('data-chart-bars',String(svg.querySelectorAll('rect.bar').length));
})();
</script>
</body></html>

""");
        output.Write(html.ToString());
    }

    static string E(string text) => WebUtility.HtmlEncode(text);

    static string Time(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm:ss.fff zzz", CultureInfo.InvariantCulture) ?? "-";
}
