using System.Globalization;
using System.Text;

namespace LogKit.Soak;

/// <summary>A small line chart of memory over time, as SVG, with the fault windows shaded.</summary>
public static class SvgPlot
{
    const int Width = 760, Height = 320, Left = 60, Right = 20, Top = 30, Bottom = 40;

    public static string MemoryOverTime(IReadOnlyList<Sample> samples, IReadOnlyList<(double From, double To, string Fault)> faults, string title)
    {
        var maxX = Math.Max(1, samples.Count == 0 ? 1 : samples[^1].Seconds);
        var maxY = Math.Max(1, samples.Count == 0 ? 1 : samples.Max(s => s.RssBytes) / 1048576.0) * 1.15;
        string X(double seconds) => (Left + seconds / maxX * (Width - Left - Right)).ToString("0.0", CultureInfo.InvariantCulture);
        string Y(double megabytes) => (Height - Bottom - megabytes / maxY * (Height - Top - Bottom)).ToString("0.0", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"18\" font-size=\"13\">{Escape(title)}</text>\n");
        var colours = new Dictionary<string, string> { ["throwing sink"] = "#fde2e2", ["folder deleted"] = "#e2ecfd", ["disk full"] = "#fdf3d8", ["hanging sink"] = "#e6f5e1" };
        foreach (var (from, to, fault) in faults)
        {
            var width = Math.Max(1, (to - from) / maxX * (Width - Left - Right)).ToString("0.0", CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(from)}\" y=\"{Top}\" width=\"{width}\" height=\"{Height - Top - Bottom}\" fill=\"{colours.GetValueOrDefault(fault, "#eeeeee")}\"><title>{Escape(fault)}</title></rect>\n");
        }
        for (var i = 0; i <= 4; i++)
        {
            var mb = maxY * i / 4;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(mb)}\" y2=\"{Y(mb)}\" stroke=\"#dddddd\"/><text x=\"{Left - 6}\" y=\"{Y(mb)}\" text-anchor=\"end\" dy=\"4\">{mb:0} MB</text>\n");
            var s = maxX * i / 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(s)}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{s:0} s</text>\n");
        }
        Line(svg, samples.Select(s => (X(s.Seconds), Y(s.RssBytes / 1048576.0))), "#c0392b");
        Line(svg, samples.Select(s => (X(s.Seconds), Y(s.ManagedBytes / 1048576.0))), "#2471a3");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right - 250}\" y=\"{Top + 14}\" fill=\"#c0392b\">resident memory (RSS)</text><text x=\"{Width - Right - 110}\" y=\"{Top + 14}\" fill=\"#2471a3\">managed heap</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 6}\" fill=\"#666666\">shaded: red throwing sink, blue folder deleted, yellow disk full, green hanging sink</text>\n");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    static void Line(StringBuilder svg, IEnumerable<(string X, string Y)> points, string colour)
        => svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" points=\"{string.Join(' ', points.Select(p => p.X + "," + p.Y))}\"/>\n");

    static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
