using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;

namespace PledgeBot.DirectLine;

/// <summary>The campaign chat page: <c>wwwroot/index.html</c> with Web Chat's script URL filled in, built once.</summary>
public sealed class CampaignPage(IWebHostEnvironment environment, IOptions<WebChatOptions> options)
{
    private const string ScriptUrlPlaceholder = "%WEBCHAT_SCRIPT_URL%";

    private readonly Lazy<string> _html = new(() =>
    {
        var file = environment.WebRootFileProvider.GetFileInfo("index.html");
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd().Replace(ScriptUrlPlaceholder, HtmlEncoder.Default.Encode(options.Value.ScriptUrl), StringComparison.Ordinal);
    });

    public string Html => _html.Value;
}
