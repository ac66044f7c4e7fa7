namespace PledgeBot.Store;

/// <summary>Counts the commands sent to the store while a turn runs: <see cref="Begin"/> starts a count for the current
/// async flow, <see cref="CountingStoreProxy{T}"/> adds one per command (a batch or transaction counts once), and the
/// turn reads the total when it ends (Observability/TurnSpan, the <c>pledgebot.store.round_trips</c> histogram).</summary>
public static class StoreRoundTrips
{
    private static readonly AsyncLocal<StoreRoundTripCount?> s_current = new();

    /// <summary>Starts counting for the caller's async flow and the calls it makes; the count stops growing when the
    /// flow ends or <see cref="StoreRoundTripCount.Stop"/> is called.</summary>
    public static StoreRoundTripCount Begin()
    {
        var count = new StoreRoundTripCount();
        s_current.Value = count;
        return count;
    }

    internal static void Add() => s_current.Value?.Add();
}
