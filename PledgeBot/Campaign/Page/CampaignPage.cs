using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using PledgeBot.Campaign.Links;
using PledgeBot.Conversations.DirectLine;

namespace PledgeBot.Campaign.Page;

/// <summary>The campaign chat page: <c>wwwroot/index.html</c> with Web Chat's script URL filled in, built once, and the
/// Content-Security-Policy it is served with: scripts from this host only (plus <c>WebChat:ScriptUrl</c>'s origin when
/// staff point it elsewhere), so no third party hears of a visit.</summary>
public sealed class CampaignPage(IWebHostEnvironment environment, IOptions<WebChatOptions> options, IOptions<CampaignOptions> campaign)
{
    private const string ScriptUrlPlaceholder = "%WEBCHAT_SCRIPT_URL%";

    private readonly Lazy<string> _html = new(() =>
    {
        var file = environment.WebRootFileProvider.GetFileInfo("index.html");
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd().Replace(ScriptUrlPlaceholder, HtmlEncoder.Default.Encode(options.Value.ScriptUrl), StringComparison.Ordinal);
    });

    public string Html => _html.Value;

    // Web Chat styles itself with inline <style> elements and style attributes (emotion, React), hence 'unsafe-inline'
    // for styles only. Card images come from Campaign:PublicBaseUrl, which may be another origin than the page's.
    public string ContentSecurityPolicy { get; } = string.Join(
        "; ",
        "default-src 'none'",
        $"script-src 'self'{Origin(options.Value.ScriptOrigin)}",
        "style-src 'self' 'unsafe-inline'",
        "connect-src 'self'",
        $"img-src 'self' data: blob:{Origin(new Uri(campaign.Value.PublicBaseUrl).GetLeftPart(UriPartial.Authority))}",
        "font-src 'self' data:",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'self'");

    private static string Origin(string? origin) => string.IsNullOrEmpty(origin) ? string.Empty : " " + origin;
}
