using System.Collections.Concurrent;
using PledgeBot.Conversations;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Tests.Classes;

/// <summary>Stands in for the channels in the class tests: records every proactive send (who, what) and delivers.</summary>
public sealed class RecordingProactiveSender : IProactiveSender
{
    private readonly ConcurrentQueue<(ConversationReference Reference, Activity Activity)> _sent = new();

    public IReadOnlyList<(ConversationReference Reference, Activity Activity)> Sent => [.. _sent];

    public IReadOnlyList<Activity> To(string userId) => [.. _sent.Where(s => s.Reference.User?.Id == userId).Select(s => s.Activity)];

    public Task<ProactiveOutcome> SendAsync(ConversationReference reference, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
        {
            _sent.Enqueue((reference, activity));
        }

        return Task.FromResult(ProactiveOutcome.Delivered);
    }
}
