using System.Globalization;
using System.Net;
using System.Text;

namespace PledgeBot.Referrals;

/// <summary>The stats page's HTML: a small mobile page with an inline SVG bar chart (reach and pledges per day, the
/// last 30 days), the totals, the links and the QR code. Every value written is HTML-encoded.</summary>
internal static class ReferralStatsHtml
{
    private const int Days = 30;
    private const int ChartWidth = 320;
    private const int ChartHeight = 160;

    public static string Render(ReferralCodeDetails details, string qrPngBase64)
    {
        var code = details.Code;
        var html = new StringBuilder(4096);
        html.Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{E(code.Code)} · PledgeBot</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:480px;padding:16px;color:#1a1a2e}")
            .Append("h1{font-size:1.4em;margin:.2em 0}.totals{display:flex;gap:12px}.totals div{flex:1;background:#f1f3f8;border-radius:8px;padding:8px;text-align:center}")
            .Append(".totals b{display:block;font-size:1.6em}.reach{fill:#3a6ea5}.pledges{fill:#e07a1f}svg{width:100%;height:auto}")
            .Append("a{word-break:break-all}img{width:200px;height:200px;image-rendering:pixelated}table{width:100%;border-collapse:collapse}td,th{text-align:right;padding:2px 4px}td:first-child,th:first-child{text-align:left}</style></head><body>")
            .Append(CultureInfo.InvariantCulture, $"<h1>{E(code.Code)}</h1><p>{E(code.Owner ?? string.Empty)}</p>")
            .Append("<div class=\"totals\">")
            .Append(CultureInfo.InvariantCulture, $"<div><b>{code.Reach}</b>Tiếp cận · Reach</div>")
            .Append(CultureInfo.InvariantCulture, $"<div><b>{code.Pledges}</b>Cam kết · Pledges</div></div>");
        AppendChart(html, details.Days.TakeLast(Days).ToList());
        AppendTable(html, details.Days);
        html.Append("<h2>Liên kết · Links</h2><ul>")
            .Append(CultureInfo.InvariantCulture, $"<li>Web: <a href=\"{E(code.Links.Web)}\">{E(code.Links.Web)}</a></li>");
        if (code.Links.Messenger is { } messenger)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>Messenger: <a href=\"{E(messenger)}\">{E(messenger)}</a></li>");
        }

        if (code.Links.Telegram is { } telegram)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>Telegram: <a href=\"{E(telegram)}\">{E(telegram)}</a></li>");
        }

        if (code.Links.Zalo is { } zalo)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>Zalo: <a href=\"{E(zalo)}\">{E(zalo)}</a> — nhắn · send <b>{E(code.Links.ZaloMessage ?? string.Empty)}</b></li>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul><img alt=\"QR {E(code.Code)}\" src=\"data:image/png;base64,{qrPngBase64}\">")
            .Append("</body></html>");
        return html.ToString();
    }

    private static void AppendChart(StringBuilder html, List<ReferralDay> days)
    {
        html.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {ChartWidth} {ChartHeight + 16}\" role=\"img\" aria-label=\"Reach and pledges per day\">");
        var top = Math.Max(1, days.Select(d => Math.Max(d.Reach, d.Pledges)).DefaultIfEmpty(0).Max());
        var slot = (double)ChartWidth / Math.Max(days.Count, 1);
        for (var i = 0; i < days.Count; i++)
        {
            Bar(html, "reach", i * slot, slot / 2, days[i].Reach, top, days[i].Day);
            Bar(html, "pledges", (i * slot) + (slot / 2), slot / 2, days[i].Pledges, top, days[i].Day);
        }

        if (days.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{ChartHeight + 12}\" font-size=\"10\">{E(days[0].Day)}</text>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{ChartWidth}\" y=\"{ChartHeight + 12}\" font-size=\"10\" text-anchor=\"end\">{E(days[^1].Day)}</text>");
        }

        html.Append("</svg>");
    }

    private static void Bar(StringBuilder html, string css, double x, double width, long value, long top, string day)
    {
        var height = ChartHeight * (double)value / top;
        html.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"{css}\" x=\"{x:0.##}\" y=\"{ChartHeight - height:0.##}\" width=\"{Math.Max(width - 1, 0.5):0.##}\" height=\"{height:0.##}\"><title>{E(day)}: {value}</title></rect>");
    }

    private static void AppendTable(StringBuilder html, IReadOnlyList<ReferralDay> days)
    {
        html.Append("<table><tr><th>Ngày · Day</th><th>Tiếp cận</th><th>Cam kết</th></tr>");
        foreach (var day in days.Reverse())
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(day.Day)}</td><td>{day.Reach}</td><td>{day.Pledges}</td></tr>");
        }

        html.Append("</table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
