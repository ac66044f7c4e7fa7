using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Auth;

/// <summary>Decides whether an inbound request may run a turn (Bot Connector authentication); a refusal is answered
/// 401, empty.</summary>
public interface IRequestAuthenticator
{
    ValueTask<RequestAuthentication> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken);
}
