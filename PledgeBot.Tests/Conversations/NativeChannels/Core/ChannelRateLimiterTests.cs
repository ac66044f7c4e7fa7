using System.Diagnostics;
using PledgeBot.Conversations.NativeChannels;

namespace PledgeBot.Tests.Conversations.NativeChannels.Core;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class ChannelRateLimiterTests
{
    [Fact]
    public async Task ABurstToOneChatWaitsInLineAtThePerChatRate()
    {
        await using var limiter = new ChannelRateLimiter(perChatPerSecond: 4, overallPerSecond: 1000);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 8; i++)
        {
            await limiter.WaitAsync("chat-1", CancellationToken.None);
        }

        // Four go at once, the next four need a refill a second later: never sooner, however fast the machine.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"8 messages at 4/s took only {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task AnotherChatIsNotHeldBehindABusyOne()
    {
        await using var limiter = new ChannelRateLimiter(perChatPerSecond: 1, overallPerSecond: 1000);
        await limiter.WaitAsync("busy", CancellationToken.None);

        var queued = limiter.WaitAsync("busy", CancellationToken.None).AsTask();
        var other = limiter.WaitAsync("quiet", CancellationToken.None).AsTask();

        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(queued.IsCompleted);
        await queued.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task TheOverallRateHoldsAcrossChats()
    {
        await using var limiter = new ChannelRateLimiter(perChatPerSecond: 0, overallPerSecond: 2);
        await limiter.WaitAsync("a", CancellationToken.None);
        await limiter.WaitAsync("b", CancellationToken.None);

        var third = limiter.WaitAsync("c", CancellationToken.None).AsTask();

        Assert.False(third.IsCompleted);
        await third.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AWaitCanBeCancelled()
    {
        await using var limiter = new ChannelRateLimiter(perChatPerSecond: 1, overallPerSecond: 1000);
        await limiter.WaitAsync("a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = limiter.WaitAsync("a", cancel.Token).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
