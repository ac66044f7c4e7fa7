using System.Globalization;

namespace PledgeBot.Bench;

/// <summary>The host's resident memory, read from /proc (Linux).</summary>
internal static class HostMemory
{
    public static long RssBytes(int? pid)
    {
        if (pid is null)
        {
            return 0;
        }

        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
