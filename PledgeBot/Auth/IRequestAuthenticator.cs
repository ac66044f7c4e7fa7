using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Auth;

/// <summary>Decides whether an inbound request may run a turn (PROTOCOL.md 3.1); a refusal is answered 401, empty.</summary>
public interface IRequestAuthenticator
{
    ValueTask<RequestAuthentication> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken);
}
