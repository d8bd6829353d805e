using System;
using System.Collections.Generic;
using System.Linq;

namespace RoleTaxonomy.Generator.Emitting;

/// <summary>
/// The lookup a generated <c>TryParse</c> uses above <see cref="SwitchLimit"/> keys: an open-addressing table of key
/// indexes, searched from a slot that a hash of the key's length and of a few of its characters gives. The generator
/// chooses those characters (positions where the keys differ, as gperf does) and fills the table; the generated code
/// only hashes, loads and compares once or twice.
/// </summary>
/// <remarks>
/// A string <c>switch</c> is as fast, but the compiler's time for one grows faster than its cases (a 10,000-case switch
/// cost 169 times the generator's own run to compile). The table is data: arrays of constants, compiled in linear time.
/// </remarks>
internal sealed class KeyTable
{
    /// <summary>Up to this many keys, a <c>switch</c>: it compiles fast at that size and needs no table.</summary>
    public const int SwitchLimit = 64;

    /// <summary>More characters than this rarely separate more keys, and each one costs every lookup a multiply.</summary>
    private const int MaxPositions = 8;

    /// <summary>Candidate positions examined, best first: bounds the generator's work for long keys.</summary>
    private const int MaxCandidates = 24;

    /// <summary>Candidate positions from each end of the keys.</summary>
    private const int MaxDepth = 64;

    /// <summary>Odd constants (the golden ratio's, then MurmurHash3's and xxHash's): the length's, then one a position.</summary>
    private static readonly uint[] Multipliers =
    {
        0x9E3779B1u, 0x85EBCA77u, 0xC2B2AE3Du, 0x27D4EB2Fu, 0x165667B1u, 0xCC9E2D51u, 0x1B873593u, 0xE6546B64u, 0xFD7046C5u,
    };

    /// <summary>The multiplier of <see cref="Mix"/>.</summary>
    public const uint FinalMultiplier = 0x7FEB352Du;

    private KeyTable(IReadOnlyList<int> positions, int bits, int[] slots, int minLength, int maxLength)
    {
        Positions = positions;
        Bits = bits;
        Slots = slots;
        MinLength = minLength;
        MaxLength = maxLength;
    }

    /// <summary>
    /// The shortest key's length. The generated search rejects any other length outside
    /// [<see cref="MinLength"/>, <see cref="MaxLength"/>] first, so a position within it needs no test of the length.
    /// </summary>
    public int MinLength { get; }

    /// <summary>The longest key's length.</summary>
    public int MaxLength { get; }

    /// <summary>True when every key is long enough for <paramref name="position"/>: the generated hash reads it unguarded.</summary>
    public bool Reaches(int position) => position >= 0 ? position < MinLength : -position <= MinLength;

    /// <summary>
    /// The positions of the characters hashed, in order: from the start when at least 0, from the end when negative
    /// (-1 is the last character). A key too short for a position adds nothing for it.
    /// </summary>
    public IReadOnlyList<int> Positions { get; }

    /// <summary>The table holds 2^Bits slots: at least twice the keys, so that a search ends after a slot or two.</summary>
    public int Bits { get; }

    /// <summary>Each slot holds a key's index plus one, or 0 where no key is: a search stops there.</summary>
    public int[] Slots { get; }

    /// <summary>The multiplier of the length (index 0) or of position <c>Positions[index - 1]</c>.</summary>
    public static uint Multiplier(int index) => Multipliers[index];

    /// <summary>The table for <paramref name="keys"/>, distinct and in order, or null at or below <see cref="SwitchLimit"/>.</summary>
    public static KeyTable? For(IReadOnlyList<string> keys)
    {
        if (keys.Count <= SwitchLimit)
        {
            return null;
        }

        var positions = ChoosePositions(keys);
        var bits = 1;
        while ((1 << bits) < 2 * keys.Count)
        {
            bits++;
        }

        var slots = new int[1 << bits];
        var mask = slots.Length - 1;
        for (var index = 0; index < keys.Count; index++)
        {
            var slot = FirstSlot(keys[index], positions, bits);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = index + 1;
        }

        return new KeyTable(positions, bits, slots, keys.Min(key => key.Length), keys.Max(key => key.Length));
    }

    /// <summary>Where the search for <paramref name="key"/> starts: what the generated <c>FirstSlot</c> computes.</summary>
    public static int FirstSlot(string key, IReadOnlyList<int> positions, int bits)
    {
        var hash = unchecked((uint)key.Length * Multipliers[0]);
        for (var i = 0; i < positions.Count; i++)
        {
            if (At(key, positions[i]) is int at)
            {
                hash = unchecked(hash + (key[at] * Multipliers[i + 1]));
            }
        }

        return (int)(Mix(hash) >> (32 - bits));
    }

    /// <summary>The final mix (lowbias32's first round): every input bit reaches the top bits, which pick the slot.</summary>
    public static uint Mix(uint hash) => unchecked((hash ^ (hash >> 16)) * FinalMultiplier);

    /// <summary>The index <paramref name="position"/> means in <paramref name="key"/>, or null when the key is too short.</summary>
    private static int? At(string key, int position)
    {
        var at = position >= 0 ? position : key.Length + position;
        return at >= 0 && at < key.Length ? at : null;
    }

    /// <summary>
    /// Greedily, the positions that split the keys into the most groups: first the length alone, then each candidate
    /// position (most distinct characters first) that splits some group further, until every key is alone or no
    /// candidate helps.
    /// </summary>
    private static List<int> ChoosePositions(IReadOnlyList<string> keys)
    {
        var groups = new int[keys.Count];
        var lengths = new Dictionary<int, int>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (!lengths.TryGetValue(keys[i].Length, out groups[i]))
            {
                groups[i] = lengths[keys[i].Length] = lengths.Count;
            }
        }

        var distinct = lengths.Count;
        var chosen = new List<int>();
        var split = new Dictionary<long, int>();
        var next = new int[keys.Count];
        foreach (var position in Candidates(keys).Take(MaxCandidates))
        {
            if (distinct == keys.Count || chosen.Count == MaxPositions)
            {
                break;
            }

            split.Clear();
            for (var i = 0; i < keys.Count; i++)
            {
                var character = At(keys[i], position) is int at ? keys[i][at] + 1 : 0;
                var pair = ((long)groups[i] << 17) | (uint)character;
                if (!split.TryGetValue(pair, out next[i]))
                {
                    next[i] = split[pair] = split.Count;
                }
            }

            if (split.Count > distinct)
            {
                chosen.Add(position);
                distinct = split.Count;
                (groups, next) = (next, groups);
            }
        }

        return chosen;
    }

    /// <summary>
    /// Positions from either end where the keys differ, the best discriminating first: by the chance that two keys hold
    /// the same character there (or are both too short for it), the sum of the squares of each character's count.
    /// </summary>
    private static IEnumerable<int> Candidates(IReadOnlyList<string> keys)
    {
        var longest = keys.Max(key => key.Length);
        var depth = Math.Min(longest, MaxDepth);
        // One count per character the keys hold, and one for "no character here": sized by the largest character
        // (keys are ASCII), not by every UTF-16 code unit, which would be an array of 256 KB for each enum.
        var largest = 0;
        foreach (var key in keys)
        {
            foreach (var c in key)
            {
                largest = Math.Max(largest, c);
            }
        }

        var counts = new int[largest + 2];
        var seen = new List<int>();
        var scored = new List<(int Position, long Collisions)>();
        foreach (var position in Enumerable.Range(0, depth).Concat(Enumerable.Range(1, depth).Select(k => -k)))
        {
            foreach (var key in keys)
            {
                var character = At(key, position) is int at ? key[at] + 1 : 0;
                if (counts[character]++ == 0)
                {
                    seen.Add(character);
                }
            }

            var collisions = 0L;
            foreach (var character in seen)
            {
                collisions += (long)counts[character] * counts[character];
                counts[character] = 0;
            }

            if (seen.Count > 1)
            {
                scored.Add((position, collisions));
            }

            seen.Clear();
        }

        // Ties go to the position nearer an end, from the start first: the order is the same on every machine.
        return scored
            .OrderBy(c => c.Collisions)
            .ThenBy(c => c.Position >= 0 ? c.Position : -c.Position - 1)
            .ThenBy(c => c.Position < 0)
            .Select(c => c.Position);
    }
}
