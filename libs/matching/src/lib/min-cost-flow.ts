/**
 * Min-cost flow by successive shortest paths with potentials (the primal-dual method): Dijkstra on reduced costs
 * finds the distances up to the sink's, the potentials move by them, and then as many shortest augmenting paths as one
 * depth-first pass finds are pushed on the arcs whose reduced cost is zero. With integer costs in a narrow range many
 * paths share a length, so there are far fewer Dijkstra runs than units of flow.
 *
 * Invariant: every arc with residual capacity has a non-negative reduced cost `cost + π(from) − π(to)`. The caller
 * provides potentials for which this holds at the start.
 */
export class FlowNetwork {
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly to: Int32Array;
  readonly cap: Int32Array;
  readonly cost: Float64Array;
  private arcCount = 0;

  constructor(
    readonly nodeCount: number,
    maxArcs: number,
  ) {
    this.head = new Int32Array(nodeCount).fill(-1);
    this.next = new Int32Array(2 * maxArcs);
    this.to = new Int32Array(2 * maxArcs);
    this.cap = new Int32Array(2 * maxArcs);
    this.cost = new Float64Array(2 * maxArcs);
  }

  /** Adds the arc and its reverse (index ^ 1); returns the arc's index. */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    const arc = this.arcCount;
    this.link(arc, from, to, capacity, cost);
    this.link(arc + 1, to, from, 0, -cost);
    this.arcCount += 2;
    return arc;
  }

  /** Pushes flow from source to sink while a path is left; leaves `potential` a certificate (`raiseSinkSide`). */
  solve(source: number, sink: number, potential: Float64Array): void {
    const n = this.nodeCount;
    const dist = new Float64Array(n);
    const heap = new MinHeap(this.arcCount + n);
    for (;;) {
      this.dijkstra(source, sink, potential, dist, heap);
      if (dist[sink] === Infinity) {
        this.raiseSinkSide(source, sink, potential);
        return;
      }
      // Moving each potential by min(d(v), d(sink)) keeps every residual reduced cost non-negative and makes the
      // arcs of the shortest paths zero.
      const cut = dist[sink];
      for (let v = 0; v < n; v++) potential[v] += dist[v] < cut ? dist[v] : cut;
      this.augmentShortestPaths(source, sink, potential, dist);
    }
  }

  /**
   * With no augmenting path left, raises by D the nodes that still reach the sink (no residual arc enters that set
   * from outside it, so no reduced cost turns negative), with D the least value giving π(sink) ≥ π(source): then an
   * augmenting path through arcs the caller adds would cost at least 0, which the caller's optimality check uses.
   * Raising only this side, not every node the source does not reach, keeps the pruned arcs' check from flagging
   * arcs into full mentors.
   */
  private raiseSinkSide(source: number, sink: number, potential: Float64Array): void {
    const raise = Math.max(0, potential[source] - potential[sink]);
    const reaches = new Uint8Array(this.nodeCount);
    const queue = new Int32Array(this.nodeCount);
    let tail = 0;
    queue[tail++] = sink;
    reaches[sink] = 1;
    for (let headIndex = 0; headIndex < tail; headIndex++) {
      const v = queue[headIndex];
      for (let arc = this.head[v]; arc >= 0; arc = this.next[arc]) {
        const u = this.to[arc];
        if (reaches[u] === 0 && this.cap[arc ^ 1] > 0) {
          reaches[u] = 1;
          queue[tail++] = u;
        }
      }
    }
    for (let v = 0; v < this.nodeCount; v++) if (reaches[v] === 1) potential[v] += raise;
  }

  private link(arc: number, from: number, to: number, capacity: number, cost: number): void {
    this.to[arc] = to;
    this.cap[arc] = capacity;
    this.cost[arc] = cost;
    this.next[arc] = this.head[from];
    this.head[from] = arc;
  }

  /** Stops once the sink is settled: any node left has a distance of at least the sink's, all the update needs. */
  private dijkstra(source: number, sink: number, potential: Float64Array, dist: Float64Array, heap: MinHeap): void {
    dist.fill(Infinity);
    dist[source] = 0;
    heap.clear();
    heap.push(0, source);
    while (heap.size > 0) {
      const d = heap.topKey();
      const u = heap.pop();
      if (d > dist[u]) continue;
      if (u === sink) return;
      const pu = potential[u];
      for (let arc = this.head[u]; arc >= 0; arc = this.next[arc]) {
        if (this.cap[arc] === 0) continue;
        const v = this.to[arc];
        const candidate = d + this.cost[arc] + pu - potential[v];
        if (candidate < dist[v]) {
          dist[v] = candidate;
          heap.push(candidate, v);
        }
      }
    }
  }

  private admissible(arc: number, u: number, potential: Float64Array): boolean {
    return this.cap[arc] > 0 && this.cost[arc] + potential[u] - potential[this.to[arc]] === 0;
  }

  /**
   * Pushes flow along zero reduced-cost paths (shortest paths, so the invariant holds: their reverse arcs get a zero
   * reduced cost) by one depth-first pass with current-arc pointers: a node found to lead nowhere stays dead for the
   * pass, and nodes on the current path are not re-entered, so zero-cost cycles cannot trap it. A path it misses is
   * found by the next Dijkstra, at the same length.
   */
  private augmentShortestPaths(source: number, sink: number, potential: Float64Array, state: Float64Array): void {
    const onPath = 1;
    const dead = 2;
    state.fill(0);
    const current = Int32Array.from(this.head);
    const path = new Int32Array(this.nodeCount);
    let depth = 0;
    let u = source;
    state[source] = onPath;
    for (;;) {
      if (u === sink) {
        let push = Infinity;
        for (let i = 0; i < depth; i++) push = Math.min(push, this.cap[path[i]]);
        for (let i = 0; i < depth; i++) {
          this.cap[path[i]] -= push;
          this.cap[path[i] ^ 1] += push;
          state[this.to[path[i]]] = 0;
        }
        depth = 0;
        u = source;
        continue;
      }
      let arc = current[u];
      while (arc >= 0 && (state[this.to[arc]] !== 0 || !this.admissible(arc, u, potential))) arc = this.next[arc];
      current[u] = arc;
      if (arc >= 0) {
        path[depth++] = arc;
        u = this.to[arc];
        state[u] = onPath;
        continue;
      }
      state[u] = dead;
      if (depth === 0) return;
      const back = path[--depth];
      u = this.to[back ^ 1];
      current[u] = this.next[back];
    }
  }
}

class MinHeap {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity + 1);
    this.values = new Int32Array(capacity + 1);
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0];
  }

  push(key: number, value: number): void {
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.keys[i] = this.keys[parent];
      this.values[i] = this.values[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  pop(): number {
    const top = this.values[0];
    const key = this.keys[--this.size];
    const value = this.values[this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= key) break;
      this.keys[i] = this.keys[child];
      this.values[i] = this.values[child];
      i = child;
    }
    this.keys[i] = key;
    this.values[i] = value;
    return top;
  }
}
