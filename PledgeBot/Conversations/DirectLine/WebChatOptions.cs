using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Conversations.DirectLine;

public sealed class WebChatOptions : IValidatableObject
{
    public const string Section = "WebChat";

    /// <summary>The pinned Web Chat bundle this host serves itself (wwwroot/vendor, licence beside it): the page loads
    /// nothing from a third party unless <see cref="ScriptUrl"/> says otherwise.</summary>
    public const string DefaultScriptUrl = "/vendor/botframework-webchat/4.18.1/webchat.js";

    /// <summary>Where the campaign page loads Web Chat's bundle from: a path on this host, or an absolute http(s) URL.</summary>
    [Required]
    public string ScriptUrl { get; set; } = DefaultScriptUrl;

    /// <summary>The origin the page's Content-Security-Policy must allow scripts from besides its own, or null.</summary>
    public string? ScriptOrigin =>
        Uri.TryCreate(ScriptUrl, UriKind.Absolute, out var url) && !ScriptUrl.StartsWith('/') ? url.GetLeftPart(UriPartial.Authority) : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var local = ScriptUrl.StartsWith('/') && !ScriptUrl.StartsWith("//", StringComparison.Ordinal);
        var remote = !ScriptUrl.StartsWith('/') && Uri.TryCreate(ScriptUrl, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
        if (!local && !remote)
        {
            yield return new ValidationResult(
                "WebChat:ScriptUrl must be a path on this host (/…) or an absolute http(s) URL.", [nameof(ScriptUrl)]);
        }
    }
}
