using System.Globalization;
using System.Net;
using System.Text;
using CnappAi.Modules.Briefings.Contracts;

namespace CnappAi.Modules.Briefings.Rendering;

/// <summary>Inline SVG charts for the exports (no script, no external assets, so they print and mail as they are).</summary>
internal static class SvgCharts
{
    private const int Width = 640;
    private const int Height = 220;
    private const int Pad = 32;

    /// <summary>Open critical/high per day, then the forecast with its interval as a shaded band.</summary>
    public static string History(BriefingContent c)
    {
        var history = c.History.Select(p => (double)p.CriticalHigh).ToList();
        var forecast = c.Forecast.Points;
        var total = history.Count + (forecast.Count == 0 ? 0 : forecast[^1].Week * 7);
        if (history.Count == 0)
        {
            return string.Empty;
        }

        var max = Math.Max(1, history.Concat(forecast.Select(f => f.Upper)).Max());
        double X(double i) => Pad + (i * (Width - (2 * Pad)) / Math.Max(1, total - 1));
        double Y(double v) => Height - Pad - (v * (Height - (2 * Pad)) / max);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"Open critical and high findings and forecast\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Pad}\" y1=\"{Height - Pad}\" x2=\"{Width - Pad}\" y2=\"{Height - Pad}\" stroke=\"#999\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"2\" y=\"{Pad - 8}\" font-size=\"11\">{max:0}</text><text x=\"2\" y=\"{Height - Pad}\" font-size=\"11\">0</text>");
        var last = history.Count - 1;
        if (forecast.Count > 0)
        {
            var band = new List<string> { P(X(last), Y(history[last])) };
            band.AddRange(forecast.Select(f => P(X(last + (f.Week * 7)), Y(f.Upper))));
            band.AddRange(forecast.Reverse().Select(f => P(X(last + (f.Week * 7)), Y(f.Lower))));
            svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{string.Join(' ', band)}\" fill=\"#90caf9\" fill-opacity=\"0.4\"/>");
            var line = new List<string> { P(X(last), Y(history[last])) };
            line.AddRange(forecast.Select(f => P(X(last + (f.Week * 7)), Y(f.Value))));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(' ', line)}\" fill=\"none\" stroke=\"#1565c0\" stroke-dasharray=\"6 4\" stroke-width=\"2\"/>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(' ', history.Select((v, i) => P(X(i), Y(v))))}\" fill=\"none\" stroke=\"#c62828\" stroke-width=\"2\"/>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Open findings per cloud, last week beside this week.</summary>
    public static string Trends(BriefingContent c)
    {
        var lines = c.Trends.Where(t => t.Scope == "cloud").ToList();
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        var max = Math.Max(1, lines.Max(l => Math.Max(l.LastWeek, l.ThisWeek)));
        var rowHeight = 28;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{(lines.Count * rowHeight) + 10}\" role=\"img\" aria-label=\"Open findings per cloud, week over week\">");
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var y = 5 + (i * rowHeight);
            var scale = (Width - 240.0) / max;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\" font-size=\"12\">{WebUtility.HtmlEncode(l.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"120\" y=\"{y}\" width=\"{l.LastWeek * scale:0.#}\" height=\"10\" fill=\"#bdbdbd\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"120\" y=\"{y + 11}\" width=\"{l.ThisWeek * scale:0.#}\" height=\"10\" fill=\"#c62828\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - 110}\" y=\"{y + 16}\" font-size=\"12\">{l.LastWeek} → {l.ThisWeek}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string P(double x, double y) => string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#}");
}
