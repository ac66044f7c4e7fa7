using System.ComponentModel.DataAnnotations;

namespace PledgeBot.DirectLine;

public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    public const string DefaultScriptUrl = "https://cdn.botframework.com/botframework-webchat/latest/webchat.js";

    /// <summary>Where the campaign page loads Web Chat's bundle from.</summary>
    [Required]
    [Url]
    public string ScriptUrl { get; set; } = DefaultScriptUrl;
}
