"""Summarises a py-spy collapsed-stack file (FACILITATOR_BENCH_PROFILE): where the server's time
went, by function, including what it called (inclusive) and on its own (self).

    python -m benchmarks.profile_summary profiles/eventlet-vote.txt [--top 25] [--match facilitator]
"""
import argparse
from collections import Counter


def summarise(path, top, match):
    inclusive, own, total = Counter(), Counter(), 0
    with open(path) as lines:
        for line in lines:
            stack, _, count = line.rstrip().rpartition(" ")
            if not count.isdigit():
                continue
            count = int(count)
            total += count
            frames = stack.split(";")
            for frame in set(frames):
                inclusive[frame] += count
            own[frames[-1]] += count
    print(f"{total} samples\n\ninclusive (share of all samples):")
    for frame, count in inclusive.most_common():
        if match in frame:
            print(f"  {count / total:6.1%}  {frame}")
            top -= 1
            if top <= 0:
                break
    print("\nself:")
    for frame, count in own.most_common(25):
        print(f"  {count / total:6.1%}  {frame}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--match", default="")
    args = parser.parse_args()
    summarise(args.path, args.top, args.match)


if __name__ == "__main__":
    main()
