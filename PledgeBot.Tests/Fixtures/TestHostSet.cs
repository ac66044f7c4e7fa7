namespace PledgeBot.Tests.Fixtures;

/// <summary>The hosts and fake servers a fixture started, disposed together, the last started first (hosts before the
/// fakes they talk to). A test leaves a fixture's hosts to it: a host stopped twice trips over its own parts.</summary>
public sealed class TestHostSet : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];

    public T Add<T>(T owned)
        where T : IAsyncDisposable
    {
        lock (_owned)
        {
            _owned.Add(owned);
        }

        return owned;
    }

    /// <summary>Builds <paramref name="builder"/>'s host and keeps it.</summary>
    public TestHost Add(TestHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return Add(builder.Build());
    }

    public async ValueTask DisposeAsync()
    {
        IAsyncDisposable[] owned;
        lock (_owned)
        {
            owned = [.. _owned];
            _owned.Clear();
        }

        for (var i = owned.Length - 1; i >= 0; i--)
        {
            await owned[i].DisposeAsync();
        }
    }
}
