// ${{ values.name }}: reconciles ${{ values.kind }} resources (${{ values.group }}) on Meridian Kubernetes Engine.
package main

import (
	"os"

	"k8s.io/apimachinery/pkg/runtime"
	clientgoscheme "k8s.io/client-go/kubernetes/scheme"
	ctrl "sigs.k8s.io/controller-runtime"
	"sigs.k8s.io/controller-runtime/pkg/log/zap"

	v1alpha1 "${{ values.group }}/${{ values.name }}/api/v1alpha1"
	"${{ values.group }}/${{ values.name }}/controllers"
)

func main() {
	ctrl.SetLogger(zap.New())
	scheme := runtime.NewScheme()
	_ = clientgoscheme.AddToScheme(scheme)
	_ = v1alpha1.AddToScheme(scheme)

	manager, err := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{
		Scheme:                 scheme,
		HealthProbeBindAddress: ":8081",
		LeaderElection:         true,
		LeaderElectionID:       "${{ values.name }}.${{ values.group }}",
	})
	if err != nil {
		os.Exit(1)
	}
	if err := (&controllers.${{ values.kind }}Reconciler{Client: manager.GetClient()}).SetupWithManager(manager); err != nil {
		os.Exit(1)
	}
	if err := manager.Start(ctrl.SetupSignalHandler()); err != nil {
		os.Exit(1)
	}
}
