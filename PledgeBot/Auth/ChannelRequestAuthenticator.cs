using System.Net;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Auth;

/// <summary>Anonymous mode for local work, and a closed door while no app id can be checked (PROTOCOL.md 3.1).</summary>
internal sealed class ChannelRequestAuthenticator(IOptions<BotAuthOptions> options, ILogger<ChannelRequestAuthenticator> logger)
    : IRequestAuthenticator
{
    public ValueTask<RequestAuthentication> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(activity);
        if (!options.Value.IsAnonymous)
        {
            // TODO(JWT issue): validate the channel's bearer token here (PROTOCOL.md 3.1). Until then an app id
            // means "deployed", and a deployed bot must not run turns for callers it cannot check.
            logger.JwtValidationNotConfigured();
            return ValueTask.FromResult(RequestAuthentication.Refused);
        }

        // As the SDK: with no app id only a missing header is anonymous; a token we cannot validate is refused.
        if (request.Headers.Authorization.Count > 0)
        {
            logger.TokenWithoutAppId();
            return ValueTask.FromResult(RequestAuthentication.Refused);
        }

        return ValueTask.FromResult(AllowsAnonymous(activity) ? RequestAuthentication.Anonymous : RequestAuthentication.Refused);
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
