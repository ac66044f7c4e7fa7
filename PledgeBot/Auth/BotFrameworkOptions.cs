using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Auth;

/// <summary>Where the Bot Framework's signing keys and tokens come from (Bot Connector authentication). The defaults
/// are Azure's public cloud; tests point them at a local issuer.</summary>
public sealed class BotFrameworkOptions : IValidatableObject
{
    public const string Section = "BotFramework";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string DefaultEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>OpenID metadata of the Bot Framework channel service, whose keys sign channel tokens.</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>OpenID metadata of Entra ID, whose keys sign the Emulator's (and other AAD-issued) tokens.</summary>
    [Required]
    public string EmulatorOpenIdMetadataUrl { get; set; } = DefaultEmulatorOpenIdMetadataUrl;

    /// <summary>Overrides the token authority of MultiTenant and SingleTenant bots; instance discovery is off then.</summary>
    public string? OAuthAuthority { get; set; }

    /// <summary>How long metadata and keys are cached before a refetch (the Bot Framework SDKs use 12–24 h).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The least time between two refetches forced by a token signed with an unknown key id.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan UnknownKeyRefetchInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a serviceUrl stays trusted for replies after an activity from it was validated.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan TrustedServiceUrlLifetime { get; set; } = TimeSpan.FromDays(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[]
        {
            (nameof(OpenIdMetadataUrl), OpenIdMetadataUrl),
            (nameof(EmulatorOpenIdMetadataUrl), EmulatorOpenIdMetadataUrl),
            (nameof(OAuthAuthority), OAuthAuthority ?? "https://localhost/"),
        })
        {
            // Keys and tokens fetched over plain http could be swapped by anyone on the path; loopback is for tests.
            if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
            {
                yield return new ValidationResult($"{Section}:{name} must be an absolute https URL (http only on loopback).", [name]);
            }
        }
    }
}
