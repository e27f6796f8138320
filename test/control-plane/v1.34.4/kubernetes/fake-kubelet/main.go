// fake-kubelet: registers fake nodes against a real kube-apiserver and drives
// the status of pods bound to them, without any container runtime.
//
// Pod annotations (copied from pod templates):
//
//	fake-kubelet.lab/behavior: unready | crash | image-pull-error | fail | complete
//	fake-kubelet.lab/ready-after-seconds: "N"     (Running, Ready only N s after start)
//	fake-kubelet.lab/complete-after-seconds: "N"  (Job pods: Succeeded N s after start, default 1)
//	fake-kubelet.lab/unready-containers: "a,b"   (these containers run but are never Ready)
//	fake-kubelet.lab/succeed-indexes: "0,2"       (Indexed Job pods: only these indexes finish; the
//	                                               others run until the Job controller ends them)
//
// Init containers with restartPolicy Always (native sidecars, 1.29+) run beside the containers, as the
// kubelet runs them: Started and Running, Ready by the same annotations, and the pod is Ready only once
// they are; a pod that completes stops them. Other init containers have completed.
//
// Job pods (ownerReference kind Job) finish with phase Succeeded (exit 0) or,
// with behavior "fail", phase Failed (exit 1). Pods with deletionTimestamp are
// deleted with grace period 0.
package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	coordv1 "k8s.io/api/coordination/v1"
	corev1 "k8s.io/api/core/v1"
	apiequality "k8s.io/apimachinery/pkg/api/equality"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/fields"
	"k8s.io/apimachinery/pkg/util/wait"
	"k8s.io/client-go/informers"
	"k8s.io/client-go/kubernetes"
	listersv1 "k8s.io/client-go/listers/core/v1"
	"k8s.io/client-go/pkg/version"
	"k8s.io/client-go/tools/cache"
	"k8s.io/client-go/tools/clientcmd"
	"k8s.io/client-go/util/retry"
	"k8s.io/client-go/util/workqueue"
	"k8s.io/klog/v2"
	"k8s.io/utils/pointer"
)

const (
	annBehavior      = "fake-kubelet.lab/behavior"
	annReadyAfter    = "fake-kubelet.lab/ready-after-seconds"
	annCompleteAfter = "fake-kubelet.lab/complete-after-seconds"
	annUnready       = "fake-kubelet.lab/unready-containers"
	annSucceedIdx    = "fake-kubelet.lab/succeed-indexes"
	annJobIndex      = "batch.kubernetes.io/job-completion-index"
	leaseNamespace   = "kube-node-lease"
	crashPeriod      = 15 * time.Second
	pullCycle        = 20 * time.Second
	pullErrWindow    = 5 * time.Second
)

var (
	kubeconfig = flag.String("kubeconfig", "kubeconfig", "kubeconfig path")
	numNodes   = flag.Int("nodes", 1, "number of fake nodes")
	nodePrefix = flag.String("node-prefix", "lab-node-", "node name prefix (nodes are <prefix>1..N)")
	heartbeat  = flag.Duration("heartbeat", 10*time.Second, "lease renew and node status interval")
	workers    = flag.Int("workers", 4, "pod workers")
	resync     = flag.Duration("resync", 30*time.Second, "informer resync period")
	// The release this was built against, as the build stamps it into client-go (-X ...gitVersion).
	kubeletVer    = flag.String("kubelet-version", version.Get().GitVersion, "reported kubelet version")
	podCIDRPrefix = flag.String("pod-ip-prefix", "10.244", "first two octets of fake pod IPs")
)

type fakeKubelet struct {
	client    kubernetes.Interface
	nodes     map[string]int // name -> index (1-based)
	podLister listersv1.PodLister
	queue     workqueue.RateLimitingInterface

	mu      sync.Mutex
	usedIPs map[string]string    // ip -> pod uid
	podIPs  map[string]string    // pod uid -> ip
	nextIP  map[string]int       // node -> counter
	started map[string]time.Time // pod uid -> exact time we started it (startTime is stored with 1s precision)
}

func main() {
	klog.InitFlags(nil)
	flag.Parse()
	cfg, err := clientcmd.BuildConfigFromFlags("", *kubeconfig)
	if err != nil {
		klog.Fatalf("kubeconfig: %v", err)
	}
	cfg.QPS, cfg.Burst, cfg.UserAgent = 100, 200, "fake-kubelet"
	client := kubernetes.NewForConfigOrDie(cfg)

	fk := &fakeKubelet{
		client:  client,
		nodes:   map[string]int{},
		queue:   workqueue.NewNamedRateLimitingQueue(workqueue.DefaultControllerRateLimiter(), "pods"),
		usedIPs: map[string]string{},
		podIPs:  map[string]string{},
		nextIP:  map[string]int{},
		started: map[string]time.Time{},
	}
	for i := 1; i <= *numNodes; i++ {
		fk.nodes[fmt.Sprintf("%s%d", *nodePrefix, i)] = i
	}

	ctx, cancel := context.WithCancel(context.Background())
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	go func() { <-sig; klog.Info("signal received, shutting down"); cancel() }()

	for name := range fk.nodes {
		name := name
		go wait.UntilWithContext(ctx, func(ctx context.Context) { fk.syncNode(ctx, name) }, *heartbeat)
	}

	// Only pods that are bound to some node; filter on our node names locally.
	factory := informers.NewSharedInformerFactoryWithOptions(client, *resync,
		informers.WithTweakListOptions(func(o *metav1.ListOptions) {
			o.FieldSelector = fields.OneTermNotEqualSelector("spec.nodeName", "").String()
		}))
	podInformer := factory.Core().V1().Pods()
	fk.podLister = podInformer.Lister()
	podInformer.Informer().AddEventHandler(cache.ResourceEventHandlerFuncs{
		AddFunc:    func(obj interface{}) { fk.enqueue(obj) },
		UpdateFunc: func(_, obj interface{}) { fk.enqueue(obj) },
		DeleteFunc: func(obj interface{}) {
			if t, ok := obj.(cache.DeletedFinalStateUnknown); ok {
				obj = t.Obj
			}
			if p, ok := obj.(*corev1.Pod); ok {
				fk.releaseIP(string(p.UID))
			}
		},
	})
	factory.Start(ctx.Done())
	klog.Infof("fake-kubelet: %d node(s) %s1..%d, waiting for pod cache", *numNodes, *nodePrefix, *numNodes)
	if !cache.WaitForCacheSync(ctx.Done(), podInformer.Informer().HasSynced) {
		klog.Fatal("cache sync failed")
	}
	klog.Info("pod cache synced")
	for i := 0; i < *workers; i++ {
		go wait.UntilWithContext(ctx, fk.worker, time.Second)
	}
	<-ctx.Done()
	fk.queue.ShutDown()
}

func (fk *fakeKubelet) enqueue(obj interface{}) {
	p, ok := obj.(*corev1.Pod)
	if !ok {
		return
	}
	if _, mine := fk.nodes[p.Spec.NodeName]; !mine {
		return
	}
	if p.Status.PodIP != "" {
		fk.mu.Lock()
		if _, used := fk.usedIPs[p.Status.PodIP]; !used {
			fk.usedIPs[p.Status.PodIP] = string(p.UID)
			fk.podIPs[string(p.UID)] = p.Status.PodIP
		}
		fk.mu.Unlock()
	}
	key, err := cache.MetaNamespaceKeyFunc(p)
	if err == nil {
		fk.queue.Add(key)
	}
}

// ---------------------------------------------------------------- nodes

func (fk *fakeKubelet) syncNode(ctx context.Context, name string) {
	node, err := fk.ensureNode(ctx, name)
	if err != nil {
		klog.Warningf("node %s: %v", name, err)
		return
	}
	if err := fk.renewLease(ctx, node); err != nil {
		klog.Warningf("lease %s: %v", name, err)
	}
}

func nodeConditions(now metav1.Time, old []corev1.NodeCondition) []corev1.NodeCondition {
	want := []corev1.NodeCondition{
		{Type: corev1.NodeMemoryPressure, Status: corev1.ConditionFalse, Reason: "KubeletHasSufficientMemory", Message: "kubelet has sufficient memory available"},
		{Type: corev1.NodeDiskPressure, Status: corev1.ConditionFalse, Reason: "KubeletHasNoDiskPressure", Message: "kubelet has no disk pressure"},
		{Type: corev1.NodePIDPressure, Status: corev1.ConditionFalse, Reason: "KubeletHasSufficientPID", Message: "kubelet has sufficient PID available"},
		{Type: corev1.NodeReady, Status: corev1.ConditionTrue, Reason: "KubeletReady", Message: "fake-kubelet is posting ready status"},
	}
	for i := range want {
		want[i].LastHeartbeatTime = now
		want[i].LastTransitionTime = now
		for _, o := range old {
			if o.Type == want[i].Type && o.Status == want[i].Status {
				want[i].LastTransitionTime = o.LastTransitionTime
			}
		}
	}
	return want
}

func (fk *fakeKubelet) nodeStatus(name string, old corev1.NodeStatus) corev1.NodeStatus {
	res := corev1.ResourceList{
		corev1.ResourceCPU:              resource.MustParse("16"),
		corev1.ResourceMemory:           resource.MustParse("64Gi"),
		corev1.ResourcePods:             resource.MustParse("110"),
		corev1.ResourceEphemeralStorage: resource.MustParse("100Gi"),
	}
	st := old
	st.Capacity = res
	st.Allocatable = res.DeepCopy()
	st.Phase = ""
	st.Conditions = nodeConditions(metav1.Now(), old.Conditions)
	st.Addresses = []corev1.NodeAddress{{Type: corev1.NodeInternalIP, Address: "127.0.0.1"}, {Type: corev1.NodeHostName, Address: name}}
	st.DaemonEndpoints = corev1.NodeDaemonEndpoints{KubeletEndpoint: corev1.DaemonEndpoint{Port: 10250}}
	st.NodeInfo = corev1.NodeSystemInfo{
		MachineID: hash(name)[:32], SystemUUID: hash("uuid" + name)[:32], BootID: hash("boot" + name)[:32],
		KernelVersion: "6.1.0-fake", OSImage: "fake-kubelet lab node", ContainerRuntimeVersion: "fake://1.0.0",
		KubeletVersion: *kubeletVer, KubeProxyVersion: *kubeletVer, OperatingSystem: "linux", Architecture: "amd64",
	}
	return st
}

func (fk *fakeKubelet) ensureNode(ctx context.Context, name string) (*corev1.Node, error) {
	var out *corev1.Node
	err := retry.RetryOnConflict(retry.DefaultRetry, func() error {
		node, err := fk.client.CoreV1().Nodes().Get(ctx, name, metav1.GetOptions{})
		if apierrors.IsNotFound(err) {
			n := &corev1.Node{
				ObjectMeta: metav1.ObjectMeta{Name: name, Labels: map[string]string{
					"kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
					"beta.kubernetes.io/os": "linux", "beta.kubernetes.io/arch": "amd64", "type": "fake-kubelet",
				}},
			}
			n.Status = fk.nodeStatus(name, corev1.NodeStatus{})
			created, err := fk.client.CoreV1().Nodes().Create(ctx, n, metav1.CreateOptions{})
			if err != nil {
				return err
			}
			klog.Infof("registered node %s", name)
			// status on create may be dropped by the strategy; make sure it is set
			created.Status = fk.nodeStatus(name, created.Status)
			out, err = fk.client.CoreV1().Nodes().UpdateStatus(ctx, created, metav1.UpdateOptions{})
			return err
		}
		if err != nil {
			return err
		}
		node.Status = fk.nodeStatus(name, node.Status)
		out, err = fk.client.CoreV1().Nodes().UpdateStatus(ctx, node, metav1.UpdateOptions{})
		return err
	})
	return out, err
}

func (fk *fakeKubelet) renewLease(ctx context.Context, node *corev1.Node) error {
	leases := fk.client.CoordinationV1().Leases(leaseNamespace)
	now := metav1.NewMicroTime(time.Now())
	return retry.RetryOnConflict(retry.DefaultRetry, func() error {
		l, err := leases.Get(ctx, node.Name, metav1.GetOptions{})
		if apierrors.IsNotFound(err) {
			l = &coordv1.Lease{
				ObjectMeta: metav1.ObjectMeta{Name: node.Name, Namespace: leaseNamespace,
					OwnerReferences: []metav1.OwnerReference{{APIVersion: "v1", Kind: "Node", Name: node.Name, UID: node.UID}}},
				Spec: coordv1.LeaseSpec{HolderIdentity: pointer.String(node.Name), LeaseDurationSeconds: pointer.Int32(40), RenewTime: &now},
			}
			_, err = leases.Create(ctx, l, metav1.CreateOptions{})
			return err
		}
		if err != nil {
			return err
		}
		l.Spec.HolderIdentity = pointer.String(node.Name)
		l.Spec.LeaseDurationSeconds = pointer.Int32(40)
		l.Spec.RenewTime = &now
		l.OwnerReferences = []metav1.OwnerReference{{APIVersion: "v1", Kind: "Node", Name: node.Name, UID: node.UID}}
		_, err = leases.Update(ctx, l, metav1.UpdateOptions{})
		return err
	})
}

// ---------------------------------------------------------------- pods

func (fk *fakeKubelet) worker(ctx context.Context) {
	for {
		item, quit := fk.queue.Get()
		if quit {
			return
		}
		key := item.(string)
		requeue, err := fk.syncPod(ctx, key)
		if err != nil {
			klog.V(2).Infof("pod %s: %v (will retry)", key, err)
			fk.queue.AddRateLimited(key)
		} else {
			fk.queue.Forget(key)
			if requeue > 0 {
				fk.queue.AddAfter(key, requeue)
			}
		}
		fk.queue.Done(item)
	}
}

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func (fk *fakeKubelet) allocIP(pod *corev1.Pod) string {
	uid := string(pod.UID)
	fk.mu.Lock()
	defer fk.mu.Unlock()
	if ip, ok := fk.podIPs[uid]; ok {
		return ip
	}
	if ip := pod.Status.PodIP; ip != "" {
		fk.podIPs[uid], fk.usedIPs[ip] = ip, uid
		return ip
	}
	idx := fk.nodes[pod.Spec.NodeName] // node i gets 10.244.(i*4 .. i*4+3).x => ~1000 IPs per node
	for tries := 0; tries < 1016; tries++ {
		n := fk.nextIP[pod.Spec.NodeName]
		fk.nextIP[pod.Spec.NodeName] = (n + 1) % 1016
		ip := fmt.Sprintf("%s.%d.%d", *podCIDRPrefix, (idx*4+n/254)%256, n%254+1)
		if _, used := fk.usedIPs[ip]; !used {
			fk.podIPs[uid], fk.usedIPs[ip] = ip, uid
			return ip
		}
	}
	return fmt.Sprintf("%s.255.254", *podCIDRPrefix)
}

func (fk *fakeKubelet) releaseIP(uid string) {
	fk.mu.Lock()
	defer fk.mu.Unlock()
	delete(fk.started, uid)
	if ip, ok := fk.podIPs[uid]; ok {
		delete(fk.podIPs, uid)
		if fk.usedIPs[ip] == uid {
			delete(fk.usedIPs, ip)
		}
	}
}

func isJobPod(pod *corev1.Pod) bool {
	for _, o := range pod.OwnerReferences {
		if o.Kind == "Job" {
			return true
		}
	}
	return false
}

func annSeconds(pod *corev1.Pod, key string, def time.Duration) time.Duration {
	if v, ok := pod.Annotations[key]; ok {
		if f, err := strconv.ParseFloat(v, 64); err == nil && f >= 0 {
			return time.Duration(f * float64(time.Second))
		}
	}
	return def
}

// setCond sets a pod condition, keeping lastTransitionTime when the status is unchanged.
func setCond(old []corev1.PodCondition, t corev1.PodConditionType, s corev1.ConditionStatus, reason string, now metav1.Time) corev1.PodCondition {
	c := corev1.PodCondition{Type: t, Status: s, Reason: reason, LastTransitionTime: now}
	for _, o := range old {
		if o.Type == t && o.Status == s {
			c.LastTransitionTime = o.LastTransitionTime
		}
	}
	return c
}

func (fk *fakeKubelet) syncPod(ctx context.Context, key string) (time.Duration, error) {
	ns, name, err := cache.SplitMetaNamespaceKey(key)
	if err != nil {
		return 0, nil
	}
	pod, err := fk.podLister.Pods(ns).Get(name)
	if apierrors.IsNotFound(err) {
		return 0, nil
	} else if err != nil {
		return 0, err
	}
	if _, mine := fk.nodes[pod.Spec.NodeName]; !mine {
		return 0, nil
	}
	if pod.DeletionTimestamp != nil {
		err := fk.client.CoreV1().Pods(ns).Delete(ctx, name, metav1.DeleteOptions{
			GracePeriodSeconds: pointer.Int64(0), Preconditions: metav1.NewUIDPreconditions(string(pod.UID))})
		if err != nil && !apierrors.IsNotFound(err) && !apierrors.IsConflict(err) {
			return 0, err
		}
		klog.V(1).Infof("deleted pod %s", key)
		return 0, nil
	}
	if pod.Status.Phase == corev1.PodSucceeded || pod.Status.Phase == corev1.PodFailed {
		return 0, nil
	}

	now := metav1.Now()
	start := now
	if pod.Status.StartTime != nil {
		start = *pod.Status.StartTime
	}
	fk.mu.Lock()
	exactStart, ok := fk.started[string(pod.UID)]
	if !ok {
		exactStart = start.Time
		fk.started[string(pod.UID)] = exactStart
	}
	fk.mu.Unlock()
	elapsed := now.Sub(exactStart)
	behavior := pod.Annotations[annBehavior]
	job := isJobPod(pod)
	if behavior == "crash" && pod.Spec.RestartPolicy == corev1.RestartPolicyNever {
		behavior = "fail"
	}
	if behavior == "fail" && !job && pod.Spec.RestartPolicy == corev1.RestartPolicyAlways {
		behavior = "crash"
	}
	terminal := (job || behavior == "complete") && behavior != "crash" && behavior != "image-pull-error" && behavior != "unready"
	if indexes, ok := pod.Annotations[annSucceedIdx]; ok && job && terminal {
		terminal = false
		for _, index := range strings.Split(indexes, ",") {
			terminal = terminal || strings.TrimSpace(index) == pod.Annotations[annJobIndex]
		}
	}
	completeAfter := annSeconds(pod, annCompleteAfter, time.Second)
	readyAfter := annSeconds(pod, annReadyAfter, 0)

	st := pod.Status.DeepCopy()
	st.HostIP = "127.0.0.1"
	st.PodIP = fk.allocIP(pod)
	st.PodIPs = []corev1.PodIP{{IP: st.PodIP}}
	st.StartTime = &start
	st.Reason, st.Message = "", ""
	var requeue time.Duration

	startedAt := start
	imageID := func(img string) string { return "docker-pullable://" + img + "@sha256:" + hash(img) }
	cid := func(c string) string { return "containerd://" + hash(string(pod.UID) + "/" + c)[:64] }

	unready := map[string]bool{}
	for _, name := range strings.Split(pod.Annotations[annUnready], ",") {
		unready[strings.TrimSpace(name)] = true
	}
	ready := false
	phase := corev1.PodRunning
	readyReason := "ContainersNotReady"
	st.ContainerStatuses = nil
	for _, c := range pod.Spec.Containers {
		cs := corev1.ContainerStatus{Name: c.Name, Image: c.Image, ImageID: imageID(c.Image), ContainerID: cid(c.Name)}
		switch {
		case terminal && (behavior == "fail" || elapsed >= completeAfter):
			code, reason := int32(0), "Completed"
			phase = corev1.PodSucceeded
			if behavior == "fail" {
				code, reason, phase = 1, "Error", corev1.PodFailed
			}
			fin := metav1.NewTime(start.Add(completeAfter))
			if behavior == "fail" || fin.After(now.Time) {
				fin = now
			}
			cs.State.Terminated = &corev1.ContainerStateTerminated{ExitCode: code, Reason: reason, StartedAt: startedAt, FinishedAt: fin, ContainerID: cid(c.Name)}
			readyReason = "PodCompleted"
		case behavior == "crash":
			cs.RestartCount = int32(1 + elapsed/crashPeriod)
			cs.State.Waiting = &corev1.ContainerStateWaiting{Reason: "CrashLoopBackOff",
				Message: fmt.Sprintf("back-off 10s restarting failed container=%s pod=%s_%s(%s)", c.Name, pod.Name, pod.Namespace, pod.UID)}
			lastStart := metav1.NewTime(start.Add(time.Duration(cs.RestartCount-1) * crashPeriod))
			cs.LastTerminationState.Terminated = &corev1.ContainerStateTerminated{ExitCode: 1, Reason: "Error",
				StartedAt: lastStart, FinishedAt: lastStart, ContainerID: cid(c.Name)}
			requeue = crashPeriod - elapsed%crashPeriod + 100*time.Millisecond
		case behavior == "image-pull-error":
			phase = corev1.PodPending
			cs.ImageID, cs.ContainerID = "", ""
			if elapsed%pullCycle < pullErrWindow {
				cs.State.Waiting = &corev1.ContainerStateWaiting{Reason: "ErrImagePull",
					Message: fmt.Sprintf("rpc error: code = Unknown desc = failed to pull and unpack image %q: not found", c.Image)}
				requeue = pullErrWindow - elapsed%pullCycle + 100*time.Millisecond
			} else {
				cs.State.Waiting = &corev1.ContainerStateWaiting{Reason: "ImagePullBackOff",
					Message: fmt.Sprintf("Back-off pulling image %q", c.Image)}
				requeue = pullCycle - elapsed%pullCycle + 100*time.Millisecond
			}
		default:
			cs.Started = pointer.Bool(true)
			cs.State.Running = &corev1.ContainerStateRunning{StartedAt: startedAt}
			switch {
			case behavior == "unready" || unready[c.Name]:
			case elapsed < readyAfter:
				requeue = readyAfter - elapsed + 100*time.Millisecond
			default:
				cs.Ready = true
			}
			if terminal {
				requeue = completeAfter - elapsed + 100*time.Millisecond
			}
		}
		if cs.Started == nil {
			cs.Started = pointer.Bool(false)
		}
		st.ContainerStatuses = append(st.ContainerStatuses, cs)
	}
	st.InitContainerStatuses = nil
	for _, c := range pod.Spec.InitContainers {
		cs := corev1.ContainerStatus{Name: c.Name, Image: c.Image, ImageID: imageID(c.Image), ContainerID: cid(c.Name)}
		sidecar := c.RestartPolicy != nil && *c.RestartPolicy == corev1.ContainerRestartPolicyAlways
		switch {
		case !sidecar || phase == corev1.PodSucceeded || phase == corev1.PodFailed:
			// an init container completed before the containers started; a sidecar stops with its pod
			cs.Started = pointer.Bool(false)
			cs.State.Terminated = &corev1.ContainerStateTerminated{ExitCode: 0, Reason: "Completed",
				StartedAt: startedAt, FinishedAt: startedAt, ContainerID: cid(c.Name)}
			cs.Ready = !sidecar
		default:
			cs.Started = pointer.Bool(true)
			cs.State.Running = &corev1.ContainerStateRunning{StartedAt: startedAt}
			switch {
			case behavior == "unready" || unready[c.Name]:
			case elapsed < readyAfter:
				if requeue == 0 {
					requeue = readyAfter - elapsed + 100*time.Millisecond
				}
			default:
				cs.Ready = true
			}
		}
		st.InitContainerStatuses = append(st.InitContainerStatuses, cs)
	}
	if phase == corev1.PodRunning {
		ready = len(st.ContainerStatuses) > 0
		for _, cs := range append(st.ContainerStatuses, st.InitContainerStatuses...) {
			ready = ready && cs.Ready
		}
	}
	st.Phase = phase

	containersReady := ready
	podReady := ready
	readyGateReason := readyReason
	if ready {
		for _, g := range pod.Spec.ReadinessGates {
			ok := false
			for _, c := range pod.Status.Conditions {
				ok = ok || (c.Type == g.ConditionType && c.Status == corev1.ConditionTrue)
			}
			if !ok {
				podReady, readyGateReason = false, "ReadinessGatesNotReady"
			}
		}
	}
	b := func(v bool) corev1.ConditionStatus {
		if v {
			return corev1.ConditionTrue
		}
		return corev1.ConditionFalse
	}
	rs := func(v bool, r string) string {
		if v {
			return ""
		}
		return r
	}
	initReason := ""
	if phase == corev1.PodSucceeded || phase == corev1.PodFailed {
		initReason = "PodCompleted"
	}
	managed := map[corev1.PodConditionType]corev1.PodCondition{
		corev1.PodInitialized:  setCond(pod.Status.Conditions, corev1.PodInitialized, corev1.ConditionTrue, initReason, now),
		corev1.ContainersReady: setCond(pod.Status.Conditions, corev1.ContainersReady, b(containersReady), rs(containersReady, readyReason), now),
		corev1.PodReady:        setCond(pod.Status.Conditions, corev1.PodReady, b(podReady), rs(podReady, readyGateReason), now),
		corev1.PodScheduled:    setCond(pod.Status.Conditions, corev1.PodScheduled, corev1.ConditionTrue, "", now),
	}
	var conds []corev1.PodCondition
	for _, c := range pod.Status.Conditions { // keep foreign conditions (readiness gates, DisruptionTarget...)
		if _, ok := managed[c.Type]; !ok {
			conds = append(conds, c)
		}
	}
	for _, t := range []corev1.PodConditionType{corev1.PodInitialized, corev1.PodReady, corev1.ContainersReady, corev1.PodScheduled} {
		conds = append(conds, managed[t])
	}
	st.Conditions = conds

	if apiequality.Semantic.DeepEqual(st, &pod.Status) {
		return requeue, nil
	}
	upd := pod.DeepCopy()
	upd.Status = *st
	if _, err := fk.client.CoreV1().Pods(ns).UpdateStatus(ctx, upd, metav1.UpdateOptions{}); err != nil {
		if apierrors.IsNotFound(err) {
			return 0, nil
		}
		return 0, err
	}
	klog.V(1).Infof("pod %s -> %s ready=%v behavior=%q", key, phase, podReady, behavior)
	return requeue, nil
}
