using System.Net;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Auth;

/// <summary>With an app id, a valid channel or Emulator token for the activity (Bot Connector authentication), whose
/// serviceUrl then becomes trusted for replies; without one, anonymous mode for local work.</summary>
internal sealed class ChannelRequestAuthenticator(
    IOptions<BotAuthOptions> options,
    BotTokenValidator tokens,
    TrustedServiceUrls trustedServiceUrls,
    ILogger<ChannelRequestAuthenticator> logger)
    : IRequestAuthenticator
{
    private const string BearerPrefix = "Bearer ";

    public async ValueTask<RequestAuthentication> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(activity);
        if (!options.Value.IsAnonymous)
        {
            return await AuthenticateTokenAsync(request, activity, cancellationToken);
        }

        // As the SDK: with no app id only a missing header is anonymous; a token we cannot validate is refused.
        if (request.Headers.Authorization.Count > 0)
        {
            logger.TokenWithoutAppId();
            return RequestAuthentication.Refused;
        }

        return AllowsAnonymous(activity) ? RequestAuthentication.Anonymous : RequestAuthentication.Refused;
    }

    private async Task<RequestAuthentication> AuthenticateTokenAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken)
    {
        var channel = activity.ChannelId ?? "none";
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) || header.Length == BearerPrefix.Length)
        {
            logger.TokenMissing(channel);
            return RequestAuthentication.Refused;
        }

        var check = await tokens.ValidateAsync(header[BearerPrefix.Length..].Trim(), activity, cancellationToken);
        if (!check.Succeeded)
        {
            logger.TokenRefused(channel, check.Failure!);
            return RequestAuthentication.Refused;
        }

        if (!string.IsNullOrEmpty(activity.ServiceUrl))
        {
            await trustedServiceUrls.TrustAsync(activity.ServiceUrl, cancellationToken);
        }

        return new RequestAuthentication(true, check.Identity);
    }

    // Anonymous turns may only answer to this machine: otherwise anyone could make the bot post to any URL.
    private bool AllowsAnonymous(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return activity.ExpectsReplies;
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            logger.AnonymousRefused("(unparsable)");
            return false;
        }

        if (IsLoopback(serviceUrl))
        {
            return true;
        }

        logger.AnonymousRefused(serviceUrl.IdnHost);
        return false;
    }

    private static bool IsLoopback(Uri uri) =>
        string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
