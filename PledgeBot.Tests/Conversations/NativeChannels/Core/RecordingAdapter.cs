using PledgeBot.Dialogs.Activities;
using PledgeBot.Conversations.NativeChannels;

namespace PledgeBot.Tests.Conversations.NativeChannels.Core;

/// <summary>An adapter that keeps what it was asked to send, can hold sends until released, and can fail them.</summary>
internal sealed class RecordingAdapter(int suggestedActionLimit) : IChannelAdapter
{
    private readonly List<Activity> _sent = [];

    public string ChannelId => "test";

    public int SuggestedActionLimit => suggestedActionLimit;

    public Task Gate { get; set; } = Task.CompletedTask;

    public ChannelSendException? Failure { get; set; }

    public int Attempts { get; private set; }

    public IReadOnlyList<Activity> Sent
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    public async Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        await Gate;
        lock (_sent)
        {
            Attempts++;
            if (Failure is { } failure)
            {
                throw failure;
            }

            _sent.Add(reply);
        }
    }
}
