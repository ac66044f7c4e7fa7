using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Auth;

/// <summary>Checks a channel's or the Emulator's bearer token for an activity, as Bot Connector authentication lists:
/// issuer, key and algorithm, lifetime with 5 minutes' skew, audience or app id, the key's endorsement for the channel,
/// and for channel tokens the <c>serviceurl</c> claim. Skill tokens are not accepted: PledgeBot calls no skills.</summary>
internal sealed class BotTokenValidator(IOptions<BotAuthOptions> options, SigningKeySources keySources)
{
    private const string ServiceUrlClaim = "serviceurl";
    private static readonly JsonWebTokenHandler s_handler = new() { MapInboundClaims = false };
    private static readonly string[] s_algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public async Task<TokenCheck> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        JsonWebToken unvalidated;
        try
        {
            unvalidated = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return TokenCheck.Refused("malformed token");
        }

        var emulatorIssuers = EmulatorIssuers();
        var fromEmulator = emulatorIssuers.Contains(unvalidated.Issuer, StringComparer.Ordinal);
        var source = fromEmulator ? keySources.Emulator : keySources.Channel;

        SigningKeys keys;
        try
        {
            keys = await source.GetAsync(cancellationToken);
            if (!keys.Contains(unvalidated.Kid) && source.TryRefetch())
            {
                keys = await source.GetAsync(cancellationToken);
            }
        }
        catch (InvalidOperationException)
        {
            // IdentityModel wraps every fetch or parse failure in this; its message names the metadata URL only.
            return TokenCheck.Refused($"signing keys unavailable from {source.MetadataUrl}");
        }

        var appId = options.Value.MicrosoftAppId;
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = fromEmulator ? emulatorIssuers : [TokenIssuers.BotFramework],
            // Emulator tokens carry the app id in appid/azp, checked below; their aud is not checked (as in the Bot
            // Framework SDK).
            ValidateAudience = !fromEmulator,
            ValidAudience = appId,
            IssuerSigningKeys = keys.Keys,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = s_algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
        };
        var result = await s_handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken validated)
        {
            return TokenCheck.Refused(result.Exception?.GetType().Name ?? "invalid token");
        }

        var failure = CheckEndorsement(keys, validated.Kid, activity.ChannelId, fromEmulator)
            ?? (fromEmulator ? CheckEmulatorAppId(validated, appId) : CheckServiceUrl(validated, activity.ServiceUrl));
        return failure is null ? TokenCheck.Valid(result.ClaimsIdentity) : TokenCheck.Refused(failure);
    }

    private List<string> EmulatorIssuers()
    {
        var settings = options.Value;
        var issuers = new List<string>(TokenIssuers.Emulator);

        // A single-tenant (or managed identity) bot's own tenant signs the Emulator tokens it asks for.
        if (!settings.IsMultiTenant && !string.IsNullOrWhiteSpace(settings.MicrosoftAppTenantId))
        {
            issuers.AddRange(TokenIssuers.ForTenant(settings.MicrosoftAppTenantId.Trim()));
        }

        return issuers;
    }

    // Keys with endorsements sign only for those channels; keys without any sign only Emulator tokens (Bot Connector
    // authentication).
    private static string? CheckEndorsement(SigningKeys keys, string? keyId, string? channelId, bool fromEmulator)
    {
        if (keyId is not null && keys.Endorsements.TryGetValue(keyId, out var endorsed))
        {
            return string.IsNullOrEmpty(channelId) || endorsed.Contains(channelId) ? null : "signing key not endorsed for the channel";
        }

        return fromEmulator ? null : "signing key carries no endorsements";
    }

    private static string? CheckEmulatorAppId(JsonWebToken token, string? appId)
    {
        var version = Claim(token, "ver");
        var tokenAppId = version switch
        {
            null or "" or "1.0" => Claim(token, "appid"),
            "2.0" => Claim(token, "azp"),
            _ => null,
        };
        return tokenAppId is not null && string.Equals(tokenAppId, appId, StringComparison.Ordinal) ? null : "token app id is not MicrosoftAppId";
    }

    private static string? CheckServiceUrl(JsonWebToken token, string? serviceUrl) =>
        Claim(token, ServiceUrlClaim) is { } claimed && string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : "serviceurl claim does not match the activity";

    private static string? Claim(JsonWebToken token, string type) => token.TryGetPayloadValue<string>(type, out var value) ? value : null;
}
