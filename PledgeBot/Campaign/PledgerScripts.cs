namespace PledgeBot.Campaign;

/// <summary>The Lua the pledge and lookup scripts share to write and read a packed pledge (see <see cref="PledgerEntry"/>).
/// Plain Lua 5.1 string functions only, so Redis, a Redis Cluster and Garnet run it alike.</summary>
internal static class PledgerScripts
{
    /// <summary>b36(n) formats a whole number in base 36; code_of(symbols, name) gives a name's short code, adding it
    /// once; decode(symbols, record) answers {number, province, count, pledge ids joined by ',', invite, time}.</summary>
    public const string Functions = """
        local digits = '0123456789abcdefghijklmnopqrstuvwxyz'
        local function b36(n)
            local text = ''
            repeat
                local d = n % 36
                text = string.sub(digits, d + 1, d + 1) .. text
                n = math.floor(n / 36)
            until n == 0
            return text
        end
        local function code_of(symbols, name)
            local code = redis.call('HGET', symbols, name)
            if not code then
                code = b36(redis.call('HINCRBY', symbols, '#', 1))
                redis.call('HSET', symbols, name, code, '=' .. code, name)
            end
            return code
        end
        local function name_of(symbols, code)
            return string.sub(redis.call('HGET', symbols, '=' .. code), 3)
        end
        local function decode(symbols, record)
            local f = {}
            for part in string.gmatch(record .. '|', '([^|]*)|') do
                f[#f + 1] = part
            end
            local ids = {}
            for code in string.gmatch(f[4], '[^.]+') do
                ids[#ids + 1] = name_of(symbols, code)
            end
            return {tonumber(f[1], 36), name_of(symbols, f[2]), tonumber(f[3], 36), table.concat(ids, ','), f[5],
                tonumber(f[6], 36)}
        end

        """;
}
