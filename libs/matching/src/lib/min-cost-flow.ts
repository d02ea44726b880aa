/**
 * Min-cost flow by successive shortest paths with potentials (the primal-dual method), on nodes with supplies: each
 * node has an `excess` (what flows in less what flows out, or its supply); a phase runs Dijkstra on reduced costs from
 * every node with excess until the first node with a deficit is settled, moves the potentials by the distances, and
 * then pushes as much as one depth-first pass finds along arcs whose reduced cost is zero, from excess to deficit.
 * With integer costs in a narrow range many paths share a length, so there are far fewer phases than units of flow.
 *
 * Invariant: every arc with residual capacity has a non-negative reduced cost `cost + π(from) − π(to)`. The caller
 * provides potentials for which this holds at the start, and keeps it when it adds arcs (`saturate` does for an arc
 * whose reduced cost is negative).
 */
export class FlowNetwork {
  head: Int32Array;
  next: Int32Array;
  to: Int32Array;
  cap: Int32Array;
  cost: Float64Array;
  /** Inflow less outflow so far, plus the supply the caller set: positive is excess, negative a deficit. */
  readonly excess: Float64Array;
  private arcCount = 0;

  constructor(
    readonly nodeCount: number,
    expectedArcs: number,
  ) {
    this.head = new Int32Array(nodeCount).fill(-1);
    const slots = 2 * Math.max(1, expectedArcs);
    this.next = new Int32Array(slots);
    this.to = new Int32Array(slots);
    this.cap = new Int32Array(slots);
    this.cost = new Float64Array(slots);
    this.excess = new Float64Array(nodeCount);
  }

  /** Adds the arc and its reverse (index ^ 1); returns the arc's index (even). */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    const arc = this.arcCount;
    if (arc + 2 > this.to.length) this.grow();
    this.link(arc, from, to, capacity, cost);
    this.link(arc + 1, to, from, 0, -cost);
    this.arcCount += 2;
    return arc;
  }

  /** Pushes the arc's whole residual capacity at once, moving the excess: how an arc of negative reduced cost joins. */
  saturate(arc: number): void {
    const amount = this.cap[arc];
    this.cap[arc] = 0;
    this.cap[arc ^ 1] += amount;
    this.excess[this.to[arc ^ 1]] -= amount;
    this.excess[this.to[arc]] += amount;
  }

  /**
   * Pushes flow from excess to deficits along shortest paths until no excess is left or no deficit can be reached
   * from what is left; returns false in the latter case. The potentials stay a certificate of the invariant.
   */
  settle(potential: Float64Array): boolean {
    const n = this.nodeCount;
    const dist = new Float64Array(n);
    const heap = new MinHeap(this.arcCount + n);
    const state = new Uint8Array(n);
    const current = new Int32Array(n);
    const path = new Int32Array(n);
    for (;;) {
      let sources = 0;
      for (let v = 0; v < n; v++) if (this.excess[v] > 0) sources++;
      if (sources === 0) return true;
      const cut = this.dijkstra(potential, dist, heap);
      if (cut === Infinity) return false;
      // Moving each potential by min(d(v), cut) keeps every residual reduced cost non-negative and makes the arcs of
      // the shortest paths zero.
      for (let v = 0; v < n; v++) potential[v] += dist[v] < cut ? dist[v] : cut;
      this.pushShortestPaths(potential, state, current, path);
    }
  }

  /**
   * Raises by D the nodes that still reach `sink` through residual arcs (no residual arc enters that set from outside
   * it, so no reduced cost turns negative), with D the least value giving π(sink) ≥ π(source): then an augmenting path
   * through arcs the caller adds would cost at least 0, which the caller's optimality check uses. Raising only this
   * side, not every node the source does not reach, keeps the pruned arcs' check from flagging arcs into full mentors.
   */
  raiseSinkSide(source: number, sink: number, potential: Float64Array): void {
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

  private grow(): void {
    const size = 2 * this.to.length;
    const widen = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const wider = make(size);
      wider.set(old);
      return wider;
    };
    this.next = widen(this.next, (n) => new Int32Array(n));
    this.to = widen(this.to, (n) => new Int32Array(n));
    this.cap = widen(this.cap, (n) => new Int32Array(n));
    this.cost = widen(this.cost, (n) => new Float64Array(n));
  }

  private link(arc: number, from: number, to: number, capacity: number, cost: number): void {
    this.to[arc] = to;
    this.cap[arc] = capacity;
    this.cost[arc] = cost;
    this.next[arc] = this.head[from];
    this.head[from] = arc;
  }

  /**
   * Distances from the nodes with excess (0 each); stops once the first node with a deficit is settled, whose
   * distance it returns (Infinity if none is reached): any node left is at least that far, all the update needs.
   */
  private dijkstra(potential: Float64Array, dist: Float64Array, heap: MinHeap): number {
    const { head, next, to, cap, cost, excess } = this;
    dist.fill(Infinity);
    heap.clear();
    for (let v = 0; v < this.nodeCount; v++)
      if (excess[v] > 0) {
        dist[v] = 0;
        heap.push(0, v);
      }
    while (heap.size > 0) {
      const d = heap.topKey();
      const u = heap.pop();
      if (d > dist[u]) continue;
      if (excess[u] < 0) return d;
      const pu = potential[u];
      for (let arc = head[u]; arc >= 0; arc = next[arc]) {
        if (cap[arc] === 0) continue;
        const v = to[arc];
        const candidate = d + cost[arc] + pu - potential[v];
        if (candidate < dist[v]) {
          dist[v] = candidate;
          heap.push(candidate, v);
        }
      }
    }
    return Infinity;
  }

  /**
   * Pushes flow along zero reduced-cost paths from each node with excess to nodes with a deficit (shortest paths, so
   * the invariant holds: their reverse arcs get a zero reduced cost) by one depth-first pass with current-arc
   * pointers: a node found to lead nowhere stays dead for the pass, and nodes on the current path are not re-entered,
   * so zero-cost cycles cannot trap it. A path it misses is found by the next Dijkstra, at the same length.
   */
  private pushShortestPaths(potential: Float64Array, state: Uint8Array, current: Int32Array, path: Int32Array): void {
    const { next, to, cap, cost, excess } = this;
    const onPath = 1;
    const dead = 2;
    state.fill(0);
    current.set(this.head);
    for (let start = 0; start < this.nodeCount; start++) {
      if (excess[start] <= 0 || state[start] === dead) continue;
      let depth = 0;
      let u = start;
      state[start] = onPath;
      while (excess[start] > 0) {
        if (excess[u] < 0) {
          let push = Math.min(excess[start], -excess[u]);
          for (let i = 0; i < depth; i++) push = Math.min(push, cap[path[i]]);
          for (let i = 0; i < depth; i++) {
            cap[path[i]] -= push;
            cap[path[i] ^ 1] += push;
            state[to[path[i]]] = 0;
          }
          excess[start] -= push;
          excess[u] += push;
          depth = 0;
          u = start;
          continue;
        }
        let arc = current[u];
        const pu = potential[u];
        while (arc >= 0 && (state[to[arc]] !== 0 || cap[arc] === 0 || cost[arc] + pu - potential[to[arc]] !== 0))
          arc = next[arc];
        current[u] = arc;
        if (arc >= 0) {
          path[depth++] = arc;
          u = to[arc];
          state[u] = onPath;
          continue;
        }
        state[u] = dead;
        if (depth === 0) break;
        const back = path[--depth];
        u = to[back ^ 1];
        current[u] = next[back];
      }
      if (state[start] === onPath) state[start] = 0;
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
