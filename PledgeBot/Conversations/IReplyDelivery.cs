using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Conversations;

/// <summary>Where a turn's replies go: the Connector (<c>/api/messages</c>), the Direct Line log, a native platform.</summary>
public interface IReplyDelivery
{
    /// <summary>Hands over the replies of the turn <paramref name="inbound"/> started, in order.</summary>
    Task DeliverAsync(Activity inbound, IReadOnlyList<Activity> replies, CancellationToken cancellationToken);

    /// <summary>The turn failed past the error middleware: no replies will come (logged by the exception's type only).</summary>
    void TurnFailed(Activity inbound, string exceptionType);
}
