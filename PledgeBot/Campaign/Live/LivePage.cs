using System.Net;
using Microsoft.Extensions.Options;
using PledgeBot.Campaign.Links;
using PledgeBot.Referrals;

namespace PledgeBot.Campaign.Live;

/// <summary>The big-screen page: <c>wwwroot/screen/live.html</c> (read once) with the join link's QR code and, for a
/// booth, its code filled in. Every value written is HTML-encoded; the QR code is QRCoder's own SVG.</summary>
public sealed class LivePage(IWebHostEnvironment environment, ReferralLinks links, IOptions<CampaignOptions> campaign)
{
    private readonly Lazy<string> _template = new(() =>
    {
        var file = environment.WebRootFileProvider.GetFileInfo("screen/live.html");
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    });

    private readonly string _home = campaign.Value.PublicBaseUrl.TrimEnd('/') + "/";

    /// <summary>The page for <paramref name="code"/> (normalised, see <see cref="ReferralCodeFormat"/>), or the
    /// campaign's own page when there is none.</summary>
    public string Render(string? code)
    {
        var join = code is null ? _home : links.Web(code);
        var shown = join[(join.IndexOf("://", StringComparison.Ordinal) + 3)..].TrimEnd('/');
        var booth = code is null
            ? string.Empty
            : $"<p class=\"booth\">Mã gian hàng · Booth code <b id=\"booth-code\">{WebUtility.HtmlEncode(code)}</b></p>";
        return _template.Value
            .Replace("%QR%", LiveQrCode.Svg(join), StringComparison.Ordinal)
            .Replace("%JOIN_URL%", WebUtility.HtmlEncode(shown), StringComparison.Ordinal)
            .Replace("%BOOTH%", booth, StringComparison.Ordinal);
    }
}
