using System.Net;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine.Turns;

namespace PledgeBot.Classes;

/// <summary>The teacher's projector page: <c>wwwroot/screen/class.html</c> (read once) with the class's code, join text,
/// join link, its QR code (QRCoder's SVG, no image request) and the token the page's script drives the class with.
/// Every value written is HTML-encoded.</summary>
public sealed class ClassPage(IWebHostEnvironment environment, ClassLinks links)
{
    private readonly Lazy<string> _template = new(() =>
    {
        var file = environment.WebRootFileProvider.GetFileInfo("screen/class.html");
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    });

    public string Render(ClassSession session, string token, Language language)
    {
        ArgumentNullException.ThrowIfNull(session);
        var join = links.JoinUrl(session.Code);
        var shown = join[(join.IndexOf("://", StringComparison.Ordinal) + 3)..];
        return _template.Value
            .Replace("%LANG%", language == Language.English ? "en" : "vi", StringComparison.Ordinal)
            .Replace("%CODE%", WebUtility.HtmlEncode(session.Code), StringComparison.Ordinal)
            .Replace("%NAME%", WebUtility.HtmlEncode(session.Name), StringComparison.Ordinal)
            .Replace("%JOIN_TEXT%", WebUtility.HtmlEncode(ClassLinks.JoinText(session.Code, language)), StringComparison.Ordinal)
            .Replace("%JOIN_URL%", WebUtility.HtmlEncode(shown), StringComparison.Ordinal)
            .Replace("%TOKEN%", WebUtility.HtmlEncode(token), StringComparison.Ordinal)
            .Replace("%QR%", Campaign.Live.LiveQrCode.Svg(join), StringComparison.Ordinal);
    }
}
