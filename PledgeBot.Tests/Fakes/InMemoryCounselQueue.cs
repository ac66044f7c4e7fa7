using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Tests.Fakes;

/// <summary>The counsellor queue in memory, ranked as the store ranks it (risk, then time); the test plays the
/// counsellor with <see cref="Claim"/> and <see cref="End"/>.</summary>
public sealed class InMemoryCounselQueue : ICounselQueue
{
    private readonly Lock _lock = new();
    private readonly Dictionary<StateKey, Chat> _chats = [];

    public List<CounselRequest> Requests { get; } = [];

    public List<(StateKey Conversation, CounselMessage Message)> Relayed { get; } = [];

    public List<(string Channel, CounselFallback Reason)> Fallbacks { get; } = [];

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _chats.Count;
            }
        }
    }

    public Task<CounselSeat> EnqueueAsync(CounselRequest request, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_chats.ContainsKey(request.Conversation))
            {
                Requests.Add(request);
                _chats[request.Conversation] = new Chat { Risk = request.Risk, Since = request.At };
            }

            return Task.FromResult(SeatOf(request.Conversation));
        }
    }

    public Task<CounselSeat> FindAsync(StateKey conversation, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(SeatOf(conversation));
        }
    }

    public Task<CounselSeat> RelayAsync(StateKey conversation, CounselMessage message, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Relayed.Add((conversation, message));
            if (_chats.TryGetValue(conversation, out var chat) && message.Risk > chat.Risk)
            {
                chat.Risk = message.Risk;
            }

            return Task.FromResult(SeatOf(conversation));
        }
    }

    public Task<CounselSeat> KeepWaitingAsync(StateKey conversation, CancellationToken cancellationToken) => FindAsync(conversation, cancellationToken);

    public Task LeaveAsync(StateKey conversation, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _chats.Remove(conversation);
            return Task.CompletedTask;
        }
    }

    public Task RecordFallbackAsync(string channel, CounselFallback reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Fallbacks.Add((channel, reason));
            return Task.CompletedTask;
        }
    }

    /// <summary>Someone else already waiting, at <paramref name="risk"/>, since <paramref name="since"/>.</summary>
    public void AddOther(RiskLevel risk, DateTimeOffset since)
    {
        lock (_lock)
        {
            var key = StateKey.Parse(Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()));
            _chats[key] = new Chat { Risk = risk, Since = since };
        }
    }

    public void Claim(StateKey conversation)
    {
        lock (_lock)
        {
            _chats[conversation].Claimed = true;
        }
    }

    public void End(StateKey conversation) => LeaveAsync(conversation, CancellationToken.None);

    private CounselSeat SeatOf(StateKey conversation)
    {
        if (!_chats.TryGetValue(conversation, out var chat))
        {
            return CounselSeat.None;
        }

        if (chat.Claimed)
        {
            return new CounselSeat(CounselStatus.Connected, 0);
        }

        var ahead = _chats.Values.Count(other => !other.Claimed && other != chat
            && (other.Risk > chat.Risk || (other.Risk == chat.Risk && other.Since < chat.Since)));
        return new CounselSeat(CounselStatus.Waiting, ahead + 1);
    }

    private sealed class Chat
    {
        public RiskLevel Risk { get; set; }

        public DateTimeOffset Since { get; set; }

        public bool Claimed { get; set; }
    }
}
